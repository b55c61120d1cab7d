/* The facilitator's phase timer: start, next phase, time left in the current one.
   Announced politely once a minute, so a screen reader is not flooded. */
(function () {
    function init() {
        var list = document.querySelector('[data-phases]');
        var left = document.getElementById('timer-left');
        var start = document.getElementById('timer-start');
        var next = document.getElementById('timer-next');
        if (!list || !left || !start || !next) {
            return;
        }
        var items = list.querySelectorAll('li');
        var index = -1, ends = 0, tick = null, lastAnnounced = -1;
        function show() {
            var ms = Math.max(0, ends - Date.now());
            var minutes = Math.ceil(ms / 60000);
            if (minutes !== lastAnnounced) {
                left.textContent = minutes + ' min';
                lastAnnounced = minutes;
            }
            if (ms === 0 && tick) {
                list.classList.add('time-up');
            }
        }
        function go(i) {
            items.forEach(function (li) { li.classList.remove('current'); li.removeAttribute('aria-current'); });
            list.classList.remove('time-up');
            if (i >= items.length) { clearInterval(tick); tick = null; left.textContent = '–'; return; }
            index = i;
            items[i].classList.add('current');
            items[i].setAttribute('aria-current', 'step');
            ends = Date.now() + parseInt(items[i].getAttribute('data-minutes'), 10) * 60000;
            lastAnnounced = -1;
            show();
            if (!tick) { tick = setInterval(show, 1000); }
        }
        start.addEventListener('click', function () { go(0); });
        next.addEventListener('click', function () { go(index + 1); });
    }
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
