/*
 * fetch() for a lesson's own files. Qt WebEngine 6.4 lets pages of a custom URL scheme use
 * XMLHttpRequest but not fetch() (the FetchApiAllowed flag arrives in Qt 6.6), and lessons made
 * with current authoring tools load their data with fetch(). This runs first in every frame of a
 * package's pages and answers GET and HEAD requests for the package's own origin through
 * XMLHttpRequest; anything else goes to the browser's own fetch(), where the sandbox decides.
 */
(function () {
    "use strict";
    if (window.location.protocol !== "clikc-content:" || typeof window.fetch !== "function")
        return;
    const nativeFetch = window.fetch;

    function headersOf(xhr) {
        const headers = new Headers();
        xhr.getAllResponseHeaders().trim().split(/[\r\n]+/).forEach(function (line) {
            const colon = line.indexOf(":");
            if (colon > 0) {
                try {
                    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
                } catch (error) {
                    // A header the Headers class refuses is left out.
                }
            }
        });
        return headers;
    }

    window.fetch = function (input, init) {
        let url;
        let method = "GET";
        try {
            const isRequest = typeof Request !== "undefined" && input instanceof Request;
            url = new URL(isRequest ? input.url : String(input), document.baseURI);
            if (isRequest)
                method = input.method;
            if (init && init.method)
                method = String(init.method).toUpperCase();
        } catch (error) {
            return nativeFetch.apply(this, arguments);
        }
        if (url.protocol !== window.location.protocol || url.host !== window.location.host
            || (method !== "GET" && method !== "HEAD"))
            return nativeFetch.apply(this, arguments);
        const signal = init && init.signal;
        return new Promise(function (resolve, reject) {
            if (signal && signal.aborted) {
                reject(new DOMException("The request was aborted", "AbortError"));
                return;
            }
            const xhr = new XMLHttpRequest();
            xhr.open(method, url.href, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = function () {
                const status = xhr.status || 200;
                const body = method === "HEAD" || status === 204 ? null : xhr.response;
                const response = new Response(body, {
                    status: status,
                    statusText: xhr.statusText || "OK",
                    headers: headersOf(xhr),
                });
                try {
                    Object.defineProperty(response, "url", { value: url.href });
                } catch (error) {
                    // Response.url stays empty.
                }
                resolve(response);
            };
            xhr.onerror = function () {
                reject(new TypeError("Failed to fetch " + url.href));
            };
            xhr.onabort = function () {
                reject(new DOMException("The request was aborted", "AbortError"));
            };
            if (signal)
                signal.addEventListener("abort", function () { xhr.abort(); });
            xhr.send();
        });
    };
})();
