/*
 * The SCORM player's page (__clikc__/player.html): puts the run-time API where lessons look for
 * it and hands what they report to the application over QWebChannel. The page sets
 * window.clikcLaunch = { sco, attempt, version ("1.2" or "2004"), state, sharedAccess } before
 * this runs (sharedAccess: "r", "w" or "rw" for each adl.data record); the
 * SCO opens in the frame "sco" after it.
 *
 * For the application, on this window:
 *   clikcStarted   true once the lesson called (LMS)Initialize
 *   clikcFinished  true while the lesson's session is over (the application need not end it)
 *   clikcStopping  set by the application before it ends the session itself
 *
 * When the lesson ends its session by its own doing (its Exit button: LMSFinish or Terminate
 * without a navigation request), starts no other and its frame shows no other page for
 * ENDED_QUIET_MS, the page hands over the navigation request "ended": the application then
 * opens the next part or goes back to the course, as Moodle's player does.
 */
(function () {
    "use strict";
    const launch = window.clikcLaunch;
    const v12 = launch.version === "1.2";
    let queue = [];
    let bridge = null;

    // Each message names its SCO and attempt: it may be heard after the learner moved on.
    function hand(kind, values) {
        const message = JSON.stringify({ sco: launch.sco, attempt: launch.attempt,
                                         values: values });
        if (kind === "finish")
            window.clikcFinished = true;
        if (bridge)
            bridge.receive(kind, message);
        else
            queue.push([kind, message]);
        return true;
    }

    // What the lesson sets is kept within a second even if it never commits (Rise 360 does
    // not): a crash loses no more than that.
    let unsaved = {};
    let timer = null;
    function keep() {
        timer = null;
        const values = unsaved;
        unsaved = {};
        if (Object.keys(values).length)
            hand("commit", values);
    }

    // The lesson's end, told once it is clear that nothing follows in its frame: some lessons
    // finish the session of each of their pages and start one on the next (see Initialize
    // below), or show a last page after finishing.
    const ENDED_QUIET_MS = 1200;
    let endedTimer = null;
    let frameNavigating = false;
    function cancelEnded() {
        clearTimeout(endedTimer);
        endedTimer = null;
    }
    function endedLater() {
        cancelEnded();
        if (window.clikcStopping)
            return;
        endedTimer = setTimeout(function () {
            endedTimer = null;
            if (frameNavigating)
                endedLater();
            else if (window.clikcFinished && !window.clikcStopping)
                hand("nav", { request: "ended" });
        }, ENDED_QUIET_MS);
    }
    document.addEventListener("DOMContentLoaded", function () {
        const frame = document.getElementById("sco");
        if (!frame)
            return;
        frame.addEventListener("load", function () {
            frameNavigating = false;
            try {
                frame.contentWindow.addEventListener("pagehide", function () {
                    frameNavigating = true;
                });
            } catch (e) {}
            if (endedTimer)
                endedLater(); // quiet again from the new page on
        });
    });

    let lastSession = null; // what the last finished session handed over
    const options = {
        onSetValue: function (element, value) {
            unsaved[element] = value;
            if (!timer)
                timer = setTimeout(keep, 1000);
        },
        onCommit: function (values) {
            unsaved = {};
            return hand("commit", values);
        },
        onFinish: function (values) {
            unsaved = {};
            lastSession = values;
            const kept = hand("finish", values);
            endedLater(); // a navigation request, heard next, takes its place
            return kept;
        },
        onNavRequest: function (request) {
            cancelEnded();
            hand("nav", { request: request });
        },
    };
    function create(state) {
        const withState = Object.assign({}, options, { state: state,
                                                       sharedDataAccess: launch.sharedAccess });
        return v12 ? ClikcScorm.create12(withState) : ClikcScorm.create2004(withState);
    }

    // Lessons keep the API object they found, so the one they see stays the same and speaks
    // for the session of the moment.
    let session = create(launch.state);
    const api = {};
    Object.keys(session).forEach(function (method) {
        api[method] = function () {
            return session[method].apply(null, arguments);
        };
    });
    const initialize = v12 ? "LMSInitialize" : "Initialize";
    api[initialize] = function (argument) {
        window.clikcStarted = true;
        cancelEnded();
        // A SCORM 1.2 lesson whose every page starts and finishes a session of its own (older
        // content does, and Moodle allows it): the next session of the same attempt starts
        // where the last one ended.
        if (v12 && window.clikcFinished && lastSession) {
            session = create(Object.assign({}, launch.state, lastSession));
            window.clikcFinished = false;
        }
        return session[initialize](argument);
    };
    if (v12)
        window.API = api;
    else
        window.API_1484_11 = api;

    // top.close() and Captivate's DoCPExit(): the lesson is over, back to the course.
    window.close = function () {
        cancelEnded();
        hand("nav", { request: "close" });
    };
    window.DoCPExit = window.close;

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.scorm;
        queue.forEach(function (message) {
            bridge.receive(message[0], message[1]);
        });
        queue = [];
    });
})();
