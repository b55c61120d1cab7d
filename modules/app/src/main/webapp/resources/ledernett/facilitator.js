/* The facilitator's phase timer. The server keeps which phase runs and when it started (the
   buttons post it), and renders them on #timer-clock with its own clock's time; this script
   counts down from there. It looks the elements up again on every tick, because a postback
   (attendance, the buttons) replaces them: the time left survives postbacks, reloads and other
   instances. The remaining minutes are not a live region (a timer read out every minute would
   drown the meeting); #timer-status says once, in text, when a phase's time is up. */
(function () {
    var seen = null, offset = 0;

    function tick() {
        var clock = document.getElementById('timer-clock');
        var list = document.querySelector('[data-phases]');
        var left = document.getElementById('timer-left');
        var status = document.getElementById('timer-status');
        if (!clock || !list || !left || !status) {
            return;
        }
        if (clock !== seen) {
            // A newly rendered clock: how far this browser's clock is from the server's.
            seen = clock;
            offset = parseInt(clock.getAttribute('data-now'), 10) - Date.now();
        }
        var phase = parseInt(clock.getAttribute('data-phase'), 10);
        var started = parseInt(clock.getAttribute('data-started'), 10);
        var items = list.querySelectorAll('li');
        items.forEach(function (li, i) {
            li.classList.toggle('current', i === phase);
            if (i === phase) { li.setAttribute('aria-current', 'step'); } else { li.removeAttribute('aria-current'); }
        });
        if (phase < 0) {
            show(left, '–');
            list.classList.remove('time-up');
            show(status, '');
            return;
        }
        if (phase >= items.length) {
            show(left, '–');
            list.classList.remove('time-up');
            show(status, clock.getAttribute('data-done'));
            return;
        }
        var length = parseInt(items[phase].getAttribute('data-minutes'), 10) * 60000;
        var ms = Math.min(length, Math.max(0, started + length - (Date.now() + offset)));
        show(left, Math.ceil(ms / 60000) + ' min');
        list.classList.toggle('time-up', ms === 0);
        if (ms === 0) {
            show(status, clock.getAttribute('data-time-up').replace('{0}', items[phase].getAttribute('data-name')));
        } else {
            show(status, '');
        }
    }

    function show(element, text) {
        if (element.textContent !== text) {
            element.textContent = text;
        }
    }

    /* A postback replaces the button that was pressed (an attendance mark, the timer's): focus
       would fall back to the page's start. Put it back on the new button with the same id, so a
       keyboard user goes on from where they were. */
    var lastFocused = null;

    function keepFocus() {
        var active = document.activeElement;
        if (lastFocused && (!active || active === document.body)) {
            var again = document.getElementById(lastFocused);
            if (again) {
                again.focus();
            }
        }
    }

    function init() {
        document.addEventListener('focusin', function (event) {
            lastFocused = event.target && event.target.id ? event.target.id : null;
        });
        if (window.jQuery) {
            // A redrawn part shows the phase and time left at once, not up to a second later.
            window.jQuery(document).on('pfAjaxComplete', function () { setTimeout(function () { tick(); keepFocus(); }, 0); });
        }
        tick();
        setInterval(tick, 1000);
    }
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
