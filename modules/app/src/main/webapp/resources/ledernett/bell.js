// The bell in the admin header: the unread count, asked for once the page has loaded, so that no page pays for it in its own
// statements. The link works without it. The count shows as a badge; the link's name, read from its text, says it in words
// ("Varsler, 3 uleste"), so what is seen and what is heard agree.
(function () {
    var bell = document.getElementById('bell');
    if (!bell || !window.fetch) {
        return;
    }
    fetch(bell.getAttribute('data-count'), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
        .then(function (reply) { return reply.ok ? reply.json() : null; })
        .then(function (body) {
            if (!body || typeof body.unread !== 'number') {
                return;
            }
            var count = bell.querySelector('.bell-count');
            var words = bell.querySelector('.bell-unread-text');
            var unread = body.unread > 0;
            count.textContent = unread ? String(body.unread) : '';
            count.hidden = !unread;
            words.textContent = unread ? ', ' + bell.getAttribute('data-unread').replace('{0}', String(body.unread)) : '';
            bell.classList.toggle('bell-unread', unread);
        })
        .catch(function () { /* the link still leads to the notifications */ });
}());
