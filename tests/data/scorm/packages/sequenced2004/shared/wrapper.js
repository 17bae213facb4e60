// Finds API_1484_11 as the common public SCORM 2004 wrappers do, and keeps the calls short.
var scorm = (function () {
    var api = null;
    var terminated = false;

    function find(win) {
        var tries = 0;
        while (win.API_1484_11 == null && win.parent != null && win.parent != win) {
            if (++tries > 500)
                return null;
            win = win.parent;
        }
        return win.API_1484_11;
    }

    function getApi() {
        if (api == null) {
            api = find(window);
            if (api == null && window.opener != null)
                api = find(window.opener);
            if (api == null && window.top.opener != null)
                api = find(window.top.opener);
        }
        return api;
    }

    return {
        start: function () { return getApi() != null && getApi().Initialize("") == "true"; },
        get: function (element) { return getApi().GetValue(element); },
        set: function (element, value) {
            var ok = getApi().SetValue(element, value) == "true";
            if (!ok)
                document.title = "error " + getApi().GetLastError() + " on " + element;
            return ok;
        },
        // Ends the session and asks for what comes next ("continue", "previous", "exitAll"...).
        end: function (request) {
            if (terminated)
                return;
            terminated = true;
            if (request)
                getApi().SetValue("adl.nav.request", request);
            getApi().Terminate("");
        },
        isTerminated: function () { return terminated; },
    };
})();

// The SCO's own navigation bar: only what the player says is possible.
function drawNavigation() {
    var bar = document.getElementById("navigation");
    ["previous", "continue"].forEach(function (request) {
        if (scorm.get("adl.nav.request_valid." + request) != "true")
            return;
        var button = document.createElement("button");
        button.id = request;
        button.textContent = request == "continue" ? "Next" : "Previous";
        button.onclick = function () { leave(request); };
        bar.appendChild(button);
    });
}
