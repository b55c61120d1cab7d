/* A button with data-copy="<id>" copies that field's text to the clipboard and says so in the
   element with data-copied (a live region). Delegated from the document, so buttons that arrive
   with an AJAX update work too, and no inline script is needed (the content security policy). */
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy]') : null;
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
        return;
    }
    var said = document.querySelector('[data-copied]');
    function done() {
        if (said) {
            said.textContent = said.getAttribute('data-copied');
        }
    }
    field.focus();
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
            if (document.execCommand('copy')) {
                done();
            }
        });
    } else if (document.execCommand('copy')) {
        done();
    }
});
