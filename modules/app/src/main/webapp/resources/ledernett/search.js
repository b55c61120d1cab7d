/* The header's search field: Enter on a hit chosen with the arrow keys opens it (PrimeFaces'
   autocomplete does that); Enter with no hit chosen shows every hit on the search page, as a
   search field does. Caught before PrimeFaces' own handler, which would swallow the key. */
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !event.target || event.target.id !== 'headerSearch:q_input') {
        return;
    }
    var panel = document.getElementById('headerSearch:q_panel');
    var chosen = panel && panel.offsetParent !== null && panel.querySelector('.ui-state-highlight');
    if (!chosen) {
        event.preventDefault();
        event.stopImmediatePropagation();
        document.getElementById('headerSearch:all').click();
    }
}, true);
