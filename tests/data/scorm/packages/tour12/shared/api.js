// Finds the SCORM 1.2 API as the common public samples do: up the parents, then the opener.
var apiHandle = null;
var initialized = false;
var finished = false;

function scanForApi(win) {
    var tries = 0;
    while (win.API == null && win.parent != null && win.parent != win) {
        tries++;
        if (tries > 500)
            return null;
        win = win.parent;
    }
    return win.API;
}

function getApi() {
    if (apiHandle == null) {
        apiHandle = scanForApi(window);
        if (apiHandle == null && window.opener != null && typeof window.opener != "undefined")
            apiHandle = scanForApi(window.opener);
        if (apiHandle == null && window.top.opener != null)
            apiHandle = scanForApi(window.top.opener);
    }
    return apiHandle;
}

function processInitialize() {
    var api = getApi();
    if (api == null) {
        alert("ERROR - Could not establish a connection with the LMS.");
        return;
    }
    if (api.LMSInitialize("") == "false")
        alert("ERROR - Could not initialize: " + api.LMSGetErrorString(api.LMSGetLastError()));
    else
        initialized = true;
}

function processFinish() {
    if (!initialized || finished)
        return;
    finished = true;
    getApi().LMSFinish("");
}

function getValue(element) {
    if (!initialized || finished)
        return "";
    return getApi().LMSGetValue(element);
}

function setValue(element, value) {
    if (!initialized || finished)
        return;
    if (getApi().LMSSetValue(element, value) == "false")
        alert("ERROR - " + element + ": " + getApi().LMSGetLastError());
}
