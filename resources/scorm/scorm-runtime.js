/*
 * SCORM run-time API for CLiKC! Desktop: the SCORM 1.2 and SCORM 2004 (4th edition) data models.
 *
 * The host injects this file into a lesson's page before the lesson runs, creates one API object
 * and puts it where lessons look for it:
 *
 *     window.API = ClikcScorm.create12(options);          // SCORM 1.2
 *     window.API_1484_11 = ClikcScorm.create2004(options); // SCORM 2004
 *
 * The objects have exactly the standard methods (1.2: LMSInitialize, LMSFinish, LMSGetValue,
 * LMSSetValue, LMSCommit, LMSGetLastError, LMSGetErrorString, LMSGetDiagnostic; 2004: Initialize,
 * Terminate, GetValue, SetValue, Commit, GetLastError, GetErrorString, GetDiagnostic). They are
 * synchronous and take and return strings. Everything lives in this page: no DOM, no network, no
 * timers, no eval, ES2017 at most, so that QJSEngine can run it in the tests.
 *
 * options = {
 *   state: { "<element>": "<value>", ... }
 *       One flat object, keyed by data model element names as lessons spell them. Two kinds of
 *       entries, which the host merges:
 *       - What the host knows (read-only for the lesson). 1.2: cmi.core.student_id,
 *         cmi.core.student_name, cmi.core.credit ("credit"), cmi.core.lesson_mode ("normal"),
 *         cmi.student_data.mastery_score, cmi.student_data.max_time_allowed,
 *         cmi.student_data.time_limit_action, cmi.launch_data, cmi.comments_from_lms.
 *         2004: cmi.learner_id, cmi.learner_name, cmi.credit ("credit"), cmi.mode ("normal"),
 *         cmi.scaled_passing_score, cmi.completion_threshold, cmi.max_time_allowed,
 *         cmi.time_limit_action ("continue,no message"), cmi.launch_data,
 *         cmi.comments_from_lms.<n>.comment|location|timestamp,
 *         adl.nav.request_valid.continue|previous|choice.{target=<id>}|jump.{target=<id>}
 *         ("true"/"false"/"unknown"; "unknown" when absent), adl.data.<n>.id (the shared data
 *         stores the manifest maps to the SCO, in order). Defaults in brackets.
 *       - The previous session's finalValues (see onFinish), unchanged.
 *       Values are strings (numbers are converted). A value the data model would refuse is
 *       dropped, so a damaged store cannot break a lesson. Array entries
 *       (cmi.interactions.0.id, ...) are restored in index order; an index beyond the next free
 *       one is dropped.
 *       cmi.core.entry / cmi.entry for this session: "resume" if the state's cmi.core.exit /
 *       cmi.exit is "suspend", "" for any other 1.2 exit or for a 2004 exit of "", "ab-initio" for
 *       a 2004 exit of "normal", "logout" or "time-out" (that attempt ended); without an exit, the
 *       state's cmi.core.entry / cmi.entry; without either, "ab-initio" (first launch).
 *   sharedDataAccess   (2004)
 *       ["rw", "r", "w", ...]: may the SCO read and write adl.data.<n>.store (adlcp:map
 *       readSharedData / writeSharedData); "rw" when absent. A store's value is state too
 *       (adl.data.<n>.store), and the SCO cannot add records.
 *   onSetValue(element, value)
 *       After every accepted SetValue, with the canonical element name.
 *   onCommit(changedValues)
 *       On every successful Commit, with { element: value } for what changed since the last
 *       Commit (including what the runtime changed itself, such as the 1.2 lesson status on
 *       LMSInitialize). Returning false or throwing makes Commit fail (1.2: 101, 2004: 391) and
 *       keeps the changes for the next Commit.
 *   onFinish(finalValues)
 *       Once, at LMSFinish / Terminate (which imply a Commit; onCommit is not called then), with
 *       everything to keep for the next session: every value the lesson or a previous session
 *       stored (host-provided entries are left out), the evaluated statuses, and
 *       - cmi.core.total_time / cmi.total_time: the previous total plus this session's time,
 *       - cmi.core.session_time / cmi.session_time: this session's time, when the lesson set it,
 *       - cmi.core.exit / cmi.exit: how this session ended ("" when not set),
 *       - cmi.core.entry / cmi.entry: the entry for the next session ("resume", "" or, in 2004
 *         after an ended attempt, "ab-initio"; the host may then start the next attempt with an
 *         empty state).
 *       Returning false or throwing makes the call return "false" (1.2: 101, 2004: 111); the
 *       session ends anyway, so time is never counted twice.
 *   onNavRequest(request)   (2004)
 *       At Terminate, after onFinish, when the lesson set adl.nav.request to something other than
 *       "_none_": "continue", "previous", "exit", "exitAll", "abandon", "abandonAll",
 *       "suspendAll", "{target=<id>}choice" or "{target=<id>}jump".
 * }
 *
 * Rules worth knowing (the specifications leave them open or the conformance suites fix them):
 * - 1.2 has two states only: every call after LMSFinish answers 301 "Not initialized", except
 *   LMSInitialize, which answers 101. Array indexes beyond _count answer 201. A 1.2 interaction
 *   or objective is created by any of its fields at index _count (no set-id-first rule in 1.2).
 * - 1.2 scores (score.raw/min/max, mastery_score) are CMIDecimal 0..100 or blank, as the ADL 1.2
 *   conformance tests expect. 1.2 response patterns are only checked as CMIFeedback (255).
 * - 1.2 lesson status, as Moodle's player keeps it: "not attempted" until the lesson sets it
 *   (LMSInitialize changes it only in browse mode, to "browsed"). At LMSFinish, a status still
 *   "not attempted" becomes "completed" (the 1.2 run-time's rule for an LMS: a SCO that reports
 *   no status is completed by finishing); then, with credit, a mastery score and a raw score,
 *   it becomes "passed" or "failed" whatever the lesson set. Review mode changes nothing.
 * - 2004: values over their smallest permitted maximum (suspend_data 64000, location 1000, ...)
 *   answer 406. completion_status and success_status follow 4th edition 4.2.4.1 / 4.2.22.1: with
 *   a completion threshold (scaled passing score), progress_measure (score.scaled) decides, and
 *   "unknown" while it is not set.
 * - Durations: 1 year = 365 days, 1 month = 30 days. Totals keep hundredths of a second;
 *   1.2 totals are written HHHH:MM:SS(.SS) and stop at 9999:59:59.99.
 */
var ClikcScorm = (function () {
    "use strict";

    // ---------------------------------------------------------------------------------------
    // Errors: each situation has a 1.2 code and a 2004 code.

    const SITUATIONS = {
        none: ["0", "0"],
        general: ["101", "101"],
        argument: ["201", "201"],
        alreadyInitialized: ["101", "103"],
        terminated: ["101", "104"],
        terminateBeforeInit: ["301", "112"],
        terminateAfterTerm: ["301", "113"],
        getBeforeInit: ["301", "122"],
        getAfterTerm: ["301", "123"],
        setBeforeInit: ["301", "132"],
        setAfterTerm: ["301", "133"],
        commitBeforeInit: ["301", "142"],
        commitAfterTerm: ["301", "143"],
        getFailure: ["201", "301"],
        setFailure: ["201", "351"],
        noChildren: ["202", "301"],
        noCount: ["203", "301"],
        undefinedElement: ["401", "401"],
        keyword: ["402", "404"],
        readOnly: ["403", "404"],
        writeOnly: ["404", "405"],
        type: ["405", "406"],
        range: ["405", "407"],
        notInitialized: ["0", "403"],
        dependency: ["201", "408"],
        conflict: ["101", "351"],
        commitFailure: ["101", "391"],
        terminateFailure: ["101", "111"],
    };

    const STRINGS_12 = {
        "0": "No error",
        "101": "General exception",
        "201": "Invalid argument error",
        "202": "Element cannot have children",
        "203": "Element not an array - cannot have count",
        "301": "Not initialized",
        "401": "Not implemented error",
        "402": "Invalid set value, element is a keyword",
        "403": "Element is read only",
        "404": "Element is write only",
        "405": "Incorrect Data Type",
    };

    const STRINGS_2004 = {
        "0": "No Error",
        "101": "General Exception",
        "102": "General Initialization Failure",
        "103": "Already Initialized",
        "104": "Content Instance Terminated",
        "111": "General Termination Failure",
        "112": "Termination Before Initialization",
        "113": "Termination After Termination",
        "122": "Retrieve Data Before Initialization",
        "123": "Retrieve Data After Termination",
        "132": "Store Data Before Initialization",
        "133": "Store Data After Termination",
        "142": "Commit Before Initialization",
        "143": "Commit After Termination",
        "201": "General Argument Error",
        "301": "General Get Failure",
        "351": "General Set Failure",
        "391": "General Commit Failure",
        "401": "Undefined Data Model Element",
        "402": "Unimplemented Data Model Element",
        "403": "Data Model Element Value Not Initialized",
        "404": "Data Model Element Is Read Only",
        "405": "Data Model Element Is Write Only",
        "406": "Data Model Element Type Mismatch",
        "407": "Data Model Element Value Out Of Range",
        "408": "Data Model Dependency Not Established",
    };

    // What a value check answers besides null (accepted).
    const TYPE = "type";
    const RANGE = "range";

    function has(object, key) {
        return Object.prototype.hasOwnProperty.call(object, key);
    }

    function text(argument) {
        return argument === undefined || argument === null ? "" : String(argument);
    }

    // Maximum lengths count characters (code points), not UTF-16 units.
    function fitsLength(value, max) {
        if (value.length <= max)
            return true;
        let count = 0;
        for (const character of value) {
            if (character && ++count > max)
                return false;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------
    // Value checks shared by both versions. A check is function (value, context) → null | TYPE |
    // RANGE, where context gives the stored values and the record the element belongs to.

    const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

    function inRange(number, min, max) {
        return (min === undefined || number >= min) && (max === undefined || number <= max);
    }

    function vocabulary(words) {
        return function (value) {
            return words.indexOf(value) >= 0 ? null : TYPE;
        };
    }

    function characterString(max) {
        return function (value) {
            return fitsLength(value, max) ? null : TYPE;
        };
    }

    function decimal(min, max, blankAllowed) {
        return function (value) {
            if (value === "")
                return blankAllowed ? null : TYPE;
            if (!DECIMAL.test(value))
                return TYPE;
            return inRange(Number(value), min, max) ? null : RANGE;
        };
    }

    // ---------------------------------------------------------------------------------------
    // SCORM 1.2 types.

    function identifier12(value) {
        return value.length > 0 && fitsLength(value, 255) && /^[^\s\x00-\x1f\x7f]+$/.test(value)
            ? null
            : TYPE;
    }

    function signedInteger12(min, max) {
        return function (value) {
            if (!/^-?\d+$/.test(value))
                return TYPE;
            const number = Number(value);
            return inRange(number, -32768, 32767) && inRange(number, min, max) ? null : RANGE;
        };
    }

    const TIMESPAN_12 = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/;

    // CMITimespan → hundredths of a second, or null.
    function parseTimespan12(value) {
        const match = TIMESPAN_12.exec(value);
        if (!match || Number(match[2]) > 59 || Number(match[3]) > 59)
            return null;
        const seconds = Number(match[3] + (match[4] || ""));
        return (Number(match[1]) * 3600 + Number(match[2]) * 60) * 100 + Math.round(seconds * 100);
    }

    function pad(number, width) {
        let result = String(number);
        while (result.length < width)
            result = "0" + result;
        return result;
    }

    function formatTimespan12(hundredths) {
        const max = ((9999 * 60 + 59) * 60 + 59) * 100 + 99;
        const total = Math.min(Math.max(0, Math.round(hundredths)), max);
        const fraction = total % 100;
        const seconds = Math.floor(total / 100);
        return pad(Math.floor(seconds / 3600), 4) + ":" + pad(Math.floor(seconds / 60) % 60, 2)
            + ":" + pad(seconds % 60, 2) + (fraction ? "." + pad(fraction, 2) : "");
    }

    function timespan12(value) {
        return parseTimespan12(value) === null ? TYPE : null;
    }

    function time12(value) {
        const match = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(value);
        return match && Number(match[1]) < 24 && Number(match[2]) < 60 && Number(match[3]) < 60
            ? null
            : TYPE;
    }

    const INTERACTION_RESULTS_12 = ["correct", "wrong", "unanticipated", "neutral"];

    function result12(value) {
        return INTERACTION_RESULTS_12.indexOf(value) >= 0 || DECIMAL.test(value) ? null : TYPE;
    }

    // ---------------------------------------------------------------------------------------
    // SCORM 2004 types.

    function real(min, max) {
        return decimal(min, max, false);
    }

    function isReal(value) {
        return DECIMAL.test(value);
    }

    // Language codes: an ISO 639 code (or i/x) with optional subtags, as in "en-GB", "x-klingon".
    function isLanguage(value) {
        return value.length <= 250
            && /^([a-zA-Z]{2,3}|[iIxX])(-[a-zA-Z0-9]{1,8})*$/.test(value);
    }

    function language(value) {
        return value === "" || isLanguage(value) ? null : TYPE;
    }

    // The text of a localized string without its {lang=...} delimiter, or null if malformed.
    function localizedText(value) {
        if (value.indexOf("{lang=") !== 0)
            return value;
        const end = value.indexOf("}");
        if (end < 0 || !isLanguage(value.slice(6, end)))
            return null;
        return value.slice(end + 1);
    }

    function isLocalized(value, max) {
        const rest = localizedText(value);
        return rest !== null && fitsLength(rest, max);
    }

    function localizedString(max) {
        return function (value) {
            return isLocalized(value, max) ? null : TYPE;
        };
    }

    function isIdentifier(value, max) {
        if (value.length === 0 || !fitsLength(value, max) || !/^[^\s\x00-\x1f\x7f]+$/.test(value))
            return false;
        // A URN must have a namespace and a specific part.
        return !/^urn:/i.test(value) || /^urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+$/i.test(value);
    }

    function longIdentifier(value) {
        return isIdentifier(value, 4000) ? null : TYPE;
    }

    // Inside responses a short identifier cannot hold the separators around it.
    function isShortIdentifier(value) {
        return isIdentifier(value, 250) && !/\[[,.:]\]/.test(value);
    }

    const TIMESTAMP = new RegExp(
        "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d{1,2})?)?)?"
        + "(?:Z|[+-](\\d{2})(?::?(\\d{2}))?)?)?)?)?$");

    function timestamp(value) {
        const match = TIMESTAMP.exec(value);
        if (!match)
            return TYPE;
        const year = Number(match[1]);
        const month = match[2] === undefined ? 1 : Number(match[2]);
        const day = match[3] === undefined ? 1 : Number(match[3]);
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
        const fits = function (group, max) {
            return match[group] === undefined || Number(match[group]) <= max;
        };
        const valid = year >= 1970 && year <= 2038 && month >= 1 && month <= 12 && day >= 1
            && day <= days && fits(4, 23) && fits(5, 59) && fits(6, 59) && fits(7, 23)
            && fits(8, 59);
        return valid ? null : TYPE;
    }

    const DURATION = new RegExp(
        "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?"
        + "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?$");

    // ISO 8601 duration → hundredths of a second, or null.
    function parseDuration(value) {
        const match = DURATION.exec(value);
        if (!match || value === "P" || value.charAt(value.length - 1) === "T")
            return null;
        const number = function (group) {
            return match[group] === undefined ? 0 : Number(match[group]);
        };
        const days = number(1) * 365 + number(2) * 30 + number(3);
        const minutes = (days * 24 + number(4)) * 60 + number(5);
        return minutes * 6000 + Math.round(number(6) * 100);
    }

    function formatDuration(hundredths) {
        const total = Math.max(0, Math.round(hundredths));
        const fraction = total % 100;
        const seconds = Math.floor(total / 100);
        return "PT" + Math.floor(seconds / 3600) + "H" + (Math.floor(seconds / 60) % 60) + "M"
            + (seconds % 60) + (fraction ? "." + pad(fraction, 2).replace(/0$/, "") : "") + "S";
    }

    function duration(value) {
        return parseDuration(value) === null ? TYPE : null;
    }

    const INTERACTION_RESULTS_2004 = ["correct", "incorrect", "unanticipated", "neutral"];

    function result2004(value) {
        return INTERACTION_RESULTS_2004.indexOf(value) >= 0 || isReal(value) ? null : TYPE;
    }

    function navigationRequest(value) {
        const words = ["continue", "previous", "exit", "exitAll", "abandon", "abandonAll",
                       "suspendAll", "_none_"];
        if (words.indexOf(value) >= 0)
            return null;
        const match = /^\{target=([^}]*)\}(choice|jump)$/.exec(value);
        return match && isShortIdentifier(match[1]) ? null : TYPE;
    }

    // Interaction responses (4th edition RTE 4.2.9): correct response patterns and learner
    // responses per interaction type, with the [,] [.] [:] separators and the {lang=},
    // {case_matters=} and {order_matters=} delimiters.

    // The value without its leading flag delimiters, or null when a flag is malformed.
    function withoutFlags(value, allowed) {
        let rest = value;
        const seen = {};
        for (;;) {
            const match = /^\{(case_matters|order_matters)=([^}]*)\}/.exec(rest);
            if (!match || allowed.indexOf(match[1]) < 0 || seen[match[1]])
                return rest;
            if (match[2] !== "true" && match[2] !== "false")
                return null;
            seen[match[1]] = true;
            rest = rest.slice(match[0].length);
        }
    }

    function isIdentifierSet(value, max) {
        if (value === "")
            return true;
        const items = value.split("[,]");
        return items.length <= max && items.every(isShortIdentifier)
            && items.every(function (item, index) {
                   return items.indexOf(item) === index;
               });
    }

    function isIdentifierList(value, max) {
        const items = value.split("[,]");
        return value !== "" && items.length <= max && items.every(isShortIdentifier);
    }

    function isLocalizedList(value, maxItems, maxLength) {
        const items = value.split("[,]");
        return items.length <= maxItems && items.every(function (item) {
            return isLocalized(item, maxLength);
        });
    }

    function isMatchingPairs(value) {
        const pairs = value.split("[,]");
        return value !== "" && pairs.length <= 36 && pairs.every(function (pair) {
            const parts = pair.split("[.]");
            return parts.length === 2 && parts.every(isShortIdentifier);
        });
    }

    function isNumericRange(value) {
        if (value.indexOf("[:]") < 0)
            return isReal(value);
        const parts = value.split("[:]");
        if (parts.length !== 2 || !parts.every(function (part) {
                return part === "" || isReal(part);
            }))
            return false;
        return parts[0] === "" || parts[1] === "" || Number(parts[0]) <= Number(parts[1]);
    }

    function isPerformanceSteps(value, isPattern) {
        const steps = value.split("[,]");
        return value !== "" && steps.length <= 250 && steps.every(function (step) {
            const parts = step.split("[.]");
            if (parts.length !== 2 || (parts[0] === "" && parts[1] === ""))
                return false;
            if (parts[0] !== "" && !isShortIdentifier(parts[0]))
                return false;
            if (isPattern && parts[1].indexOf("[:]") >= 0)
                return isNumericRange(parts[1]);
            return fitsLength(parts[1], 250);
        });
    }

    const RESPONSES = {
        "true-false": {
            max: 1,
            pattern: function (value) {
                return value === "true" || value === "false";
            },
        },
        "choice": {
            max: 10,
            pattern: function (value) {
                return isIdentifierSet(value, 36);
            },
        },
        "fill-in": {
            max: 5,
            pattern: function (value) {
                const rest = withoutFlags(value, ["case_matters", "order_matters"]);
                return rest !== null && isLocalizedList(rest, 10, 250);
            },
            response: function (value) {
                return isLocalizedList(value, 10, 250);
            },
        },
        "long-fill-in": {
            max: 5,
            pattern: function (value) {
                const rest = withoutFlags(value, ["case_matters"]);
                return rest !== null && isLocalized(rest, 4000);
            },
            response: function (value) {
                return isLocalized(value, 4000);
            },
        },
        "likert": {
            max: 1,
            pattern: isShortIdentifier,
        },
        "matching": {
            max: 5,
            pattern: isMatchingPairs,
        },
        "performance": {
            max: 5,
            pattern: function (value) {
                const rest = withoutFlags(value, ["order_matters"]);
                return rest !== null && isPerformanceSteps(rest, true);
            },
            response: function (value) {
                return isPerformanceSteps(value, false);
            },
        },
        "sequencing": {
            max: 5,
            pattern: function (value) {
                return isIdentifierList(value, 36);
            },
        },
        "numeric": {
            max: 1,
            pattern: isNumericRange,
            response: isReal,
        },
        "other": {
            max: 1,
            pattern: function (value) {
                return fitsLength(value, 4000);
            },
        },
    };

    function interactionType(context) {
        return context.values[context.outer + ".type"];
    }

    function correctPattern(value, context) {
        const rules = RESPONSES[interactionType(context)];
        return rules && rules.pattern(value) ? null : TYPE;
    }

    function learnerResponse(value, context) {
        const rules = RESPONSES[interactionType(context)];
        return rules && (rules.response || rules.pattern)(value) ? null : TYPE;
    }

    // Without a type there is no limit yet: the missing type is reported instead (408).
    function patternLimit(context) {
        const rules = RESPONSES[interactionType(context)];
        return rules ? rules.max : Infinity;
    }

    // ---------------------------------------------------------------------------------------
    // Data model trees. A leaf has an access ("r", "w", "rw") and a check; options:
    //   initial      value read before anything was stored
    //   input        given by the host, left out of finalValues
    //   transient    one session only: never restored from the state (exit, session_time, entry)
    //   get          computes what GetValue answers (2004 statuses)
    //   loadCheck    check used when restoring from the state instead of check
    //   needsType    2004: the interaction's type must be set first (responses)
    //   unique       no two records of the same array may have the same value
    //   fixed        once set, may only be set to the same value again
    // A group has members and the _children answer (null: no _children); a list (array) has an
    // item group, the _children answer, and the options key (2004: field to set first) and max.

    function leaf(access, check, options) {
        return Object.assign({ kind: "leaf", access: access, check: check }, options || {});
    }

    function readOnly(check, options) {
        return leaf("r", check, options);
    }

    function readWrite(check, options) {
        return leaf("rw", check, options);
    }

    function writeOnly(check, options) {
        return leaf("w", check, options);
    }

    function group(children, members, options) {
        return Object.assign({ kind: "group", children: children, members: members },
                             options || {});
    }

    function list(children, item, options) {
        return Object.assign({ kind: "list", children: children, item: item }, options || {});
    }

    const STATUSES_12 = ["passed", "completed", "failed", "incomplete", "browsed",
                         "not attempted"];
    const TIME_LIMIT_ACTIONS = ["exit,message", "exit,no message", "continue,message",
                                "continue,no message"];

    function score12() {
        const score = decimal(0, 100, true);
        return group("raw,min,max",
                     { raw: readWrite(score), min: readWrite(score), max: readWrite(score) });
    }

    const MODEL_12 = group(
        "core,suspend_data,launch_data,comments,objectives,student_data,student_preference,"
            + "interactions",
        {
            core: group(
                "student_id,student_name,lesson_location,credit,lesson_status,entry,score,"
                    + "total_time,lesson_mode,exit,session_time",
                {
                    student_id: readOnly(identifier12, { input: true }),
                    student_name: readOnly(characterString(255), { input: true }),
                    lesson_location: readWrite(characterString(255)),
                    credit: readOnly(vocabulary(["credit", "no-credit"]),
                                     { input: true, initial: "credit" }),
                    lesson_status: readWrite(vocabulary(STATUSES_12.slice(0, 5)), {
                        initial: "not attempted",
                        loadCheck: vocabulary(STATUSES_12),
                    }),
                    entry: readOnly(vocabulary(["ab-initio", "resume", ""]), { transient: true }),
                    score: score12(),
                    total_time: readOnly(timespan12, { initial: "0000:00:00" }),
                    lesson_mode: readOnly(vocabulary(["browse", "normal", "review"]),
                                          { input: true, initial: "normal" }),
                    exit: writeOnly(vocabulary(["time-out", "suspend", "logout", ""]),
                                    { transient: true }),
                    session_time: writeOnly(timespan12, { transient: true }),
                }),
            // The 1.2 specification says 4,096 characters, but widely used authoring tools
            // (Articulate Storyline, Adobe Captivate) write more, and Moodle stores it: a lesson
            // that could not resume here would be worse than a lenient limit. 64,000 as in 2004.
            suspend_data: readWrite(characterString(64000)),
            launch_data: readOnly(characterString(4096), { input: true }),
            comments: readWrite(characterString(4096)),
            comments_from_lms: readOnly(characterString(4096), { input: true }),
            objectives: list("id,score,status", group(null, {
                id: readWrite(identifier12),
                score: score12(),
                status: readWrite(vocabulary(STATUSES_12)),
            })),
            student_data: group("mastery_score,max_time_allowed,time_limit_action", {
                mastery_score: readOnly(decimal(0, 100, false), { input: true }),
                max_time_allowed: readOnly(timespan12, { input: true }),
                time_limit_action: readOnly(vocabulary(TIME_LIMIT_ACTIONS), { input: true }),
            }),
            student_preference: group("audio,language,speed,text", {
                audio: readWrite(signedInteger12(-1, 100), { initial: "0" }),
                language: readWrite(characterString(255)),
                speed: readWrite(signedInteger12(-100, 100), { initial: "0" }),
                text: readWrite(signedInteger12(-1, 1), { initial: "0" }),
            }),
            interactions: list(
                "id,objectives,time,type,correct_responses,weighting,student_response,result,"
                    + "latency",
                group(null, {
                    id: writeOnly(identifier12),
                    objectives: list(null, group(null, { id: writeOnly(identifier12) })),
                    time: writeOnly(time12),
                    type: writeOnly(vocabulary(["true-false", "choice", "fill-in", "matching",
                                                "performance", "sequencing", "likert",
                                                "numeric"])),
                    correct_responses:
                        list(null, group(null, { pattern: writeOnly(characterString(255)) })),
                    weighting: writeOnly(decimal()),
                    student_response: writeOnly(characterString(255)),
                    result: writeOnly(result12),
                    latency: writeOnly(timespan12),
                })),
        },
        { version: "3.4" });

    const COMPLETION = ["completed", "incomplete", "not attempted", "unknown"];
    const SUCCESS = ["passed", "failed", "unknown"];

    function score2004() {
        return group("scaled,raw,min,max", {
            scaled: readWrite(real(-1, 1)),
            raw: readWrite(real()),
            min: readWrite(real()),
            max: readWrite(real()),
        });
    }

    // 4th edition RTE 4.2.4.1: a completion threshold hands the decision to progress_measure.
    function evaluateCompletion(values) {
        const threshold = values["cmi.completion_threshold"];
        if (threshold !== undefined) {
            const progress = values["cmi.progress_measure"];
            if (progress === undefined)
                return "unknown";
            return Number(progress) >= Number(threshold) ? "completed" : "incomplete";
        }
        const status = values["cmi.completion_status"];
        return status === undefined ? "unknown" : status;
    }

    // 4th edition RTE 4.2.22.1: a scaled passing score hands the decision to score.scaled.
    function evaluateSuccess(values) {
        const passing = values["cmi.scaled_passing_score"];
        if (passing !== undefined) {
            const scaled = values["cmi.score.scaled"];
            if (scaled === undefined)
                return "unknown";
            return Number(scaled) >= Number(passing) ? "passed" : "failed";
        }
        const status = values["cmi.success_status"];
        return status === undefined ? "unknown" : status;
    }

    function comments2004(access, input) {
        return list("comment,location,timestamp", group(null, {
            comment: leaf(access, localizedString(4000), { input: input }),
            location: leaf(access, characterString(250), { input: input }),
            timestamp: leaf(access, timestamp, { input: input }),
        }));
    }

    const MODEL_2004 = group(
        null,
        {
            comments_from_learner: comments2004("rw", false),
            comments_from_lms: comments2004("r", true),
            completion_status: readWrite(vocabulary(COMPLETION), { get: evaluateCompletion }),
            completion_threshold: readOnly(real(0, 1), { input: true }),
            credit: readOnly(vocabulary(["credit", "no-credit"]),
                             { input: true, initial: "credit" }),
            entry: readOnly(vocabulary(["ab-initio", "resume", ""]), { transient: true }),
            exit: writeOnly(vocabulary(["time-out", "suspend", "logout", "normal", ""]),
                            { transient: true }),
            interactions: list(
                "id,type,objectives,timestamp,correct_responses,weighting,learner_response,"
                    + "result,latency,description",
                group(null, {
                    id: readWrite(longIdentifier),
                    type: readWrite(vocabulary(Object.keys(RESPONSES))),
                    objectives: list(null, group(null, {
                        id: readWrite(longIdentifier, { unique: true }),
                    }), { key: "id" }),
                    timestamp: readWrite(timestamp),
                    correct_responses: list(null, group(null, {
                        pattern: readWrite(correctPattern, { needsType: true, unique: true }),
                    }), { max: patternLimit }),
                    weighting: readWrite(real()),
                    learner_response: readWrite(learnerResponse, { needsType: true }),
                    result: readWrite(result2004),
                    latency: readWrite(duration),
                    description: readWrite(localizedString(250)),
                }),
                { key: "id" }),
            launch_data: readOnly(characterString(4000), { input: true }),
            learner_id: readOnly(longIdentifier, { input: true }),
            learner_name: readOnly(localizedString(250), { input: true }),
            learner_preference: group("audio_level,language,delivery_speed,audio_captioning", {
                audio_level: readWrite(real(0), { initial: "1" }),
                language: readWrite(language, { initial: "" }),
                delivery_speed: readWrite(real(0), { initial: "1" }),
                audio_captioning: readWrite(vocabulary(["-1", "0", "1"]), { initial: "0" }),
            }),
            location: readWrite(characterString(1000)),
            max_time_allowed: readOnly(duration, { input: true }),
            mode: readOnly(vocabulary(["browse", "normal", "review"]),
                           { input: true, initial: "normal" }),
            objectives: list(
                "id,score,success_status,completion_status,progress_measure,description",
                group(null, {
                    id: readWrite(longIdentifier, { unique: true, fixed: true }),
                    score: score2004(),
                    success_status: readWrite(vocabulary(SUCCESS), { initial: "unknown" }),
                    completion_status: readWrite(vocabulary(COMPLETION), { initial: "unknown" }),
                    progress_measure: readWrite(real(0, 1)),
                    description: readWrite(localizedString(250)),
                }),
                { key: "id" }),
            progress_measure: readWrite(real(0, 1)),
            scaled_passing_score: readOnly(real(-1, 1), { input: true }),
            score: score2004(),
            session_time: writeOnly(duration, { transient: true }),
            success_status: readWrite(vocabulary(SUCCESS), { get: evaluateSuccess }),
            suspend_data: readWrite(characterString(64000)),
            time_limit_action: readOnly(vocabulary(TIME_LIMIT_ACTIONS),
                                        { input: true, initial: "continue,no message" }),
            total_time: readOnly(duration, { initial: "PT0H0M0S" }),
        },
        { version: "1.0" });

    // adl.data (2004 4th edition): the shared data stores the manifest maps to the SCO
    // (adlcp:data/adlcp:map). The host gives each record's id, in manifest order, and its store
    // as last written by any SCO; a lesson cannot add records. Whether it may read or write a
    // store comes from options.sharedDataAccess.
    const ADL_2004 = group(null, {
        data: list("id,store", group(null, {
            id: readOnly(longIdentifier, { input: true }),
            store: readWrite(characterString(64000)),
        })),
    });

    const NAV_VALIDITY = vocabulary(["true", "false", "unknown"]);

    // adl.nav.* (2004): the request the lesson makes for after Terminate, and what the host says
    // is possible. Targets may hold dots, so these names are matched whole.
    function resolveNavigation(element) {
        if (element === "adl.nav.request") {
            return readWrite(navigationRequest, { initial: "_none_", transient: true });
        }
        const match = new RegExp("^adl\\.nav\\.request_valid\\."
                                 + "(continue|previous|(choice|jump)\\.\\{target=([^}]*)\\})$")
            .exec(element);
        if (!match || (match[2] && !isShortIdentifier(match[3])))
            return null;
        return readOnly(NAV_VALIDITY, {
            input: true,
            get: function (values) {
                const answer = values[element];
                return answer === undefined ? "unknown" : answer;
            },
        });
    }

    // ---------------------------------------------------------------------------------------
    // The two versions.

    const VERSION_12 = {
        column: 0,
        model: MODEL_12,
        strings: STRINGS_12,
        methods: ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit",
                  "LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic"],
        entry: "cmi.core.entry",
        exit: "cmi.core.exit",
        sessionTime: "cmi.core.session_time",
        totalTime: "cmi.core.total_time",
        parseTime: parseTimespan12,
        formatTime: formatTimespan12,
        nextEntry: function (exit) {
            return exit === "suspend" ? "resume" : "";
        },
        initialized: function (values, changed) {
            const status = values["cmi.core.lesson_status"];
            const mode = values["cmi.core.lesson_mode"];
            if ((status === undefined || status === "not attempted") && mode === "browse") {
                values["cmi.core.lesson_status"] = "browsed";
                changed["cmi.core.lesson_status"] = "browsed";
            }
        },
        finishing: function (values) {
            const mode = values["cmi.core.lesson_mode"];
            const status = values["cmi.core.lesson_status"];
            if (mode !== "review" && (status === undefined || status === "not attempted"))
                values["cmi.core.lesson_status"] = "completed";
            const credit = values["cmi.core.credit"];
            const mastery = values["cmi.student_data.mastery_score"];
            const raw = values["cmi.core.score.raw"];
            if (mode !== "review" && credit !== "no-credit" && mastery !== undefined
                && raw !== undefined && raw !== "") {
                values["cmi.core.lesson_status"] = Number(raw) >= Number(mastery) ? "passed"
                                                                                 : "failed";
            }
        },
        resolveOther: function () {
            return null;
        },
    };

    const VERSION_2004 = {
        column: 1,
        model: MODEL_2004,
        adl: ADL_2004,
        strings: STRINGS_2004,
        methods: ["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError",
                  "GetErrorString", "GetDiagnostic"],
        entry: "cmi.entry",
        exit: "cmi.exit",
        sessionTime: "cmi.session_time",
        totalTime: "cmi.total_time",
        parseTime: parseDuration,
        formatTime: formatDuration,
        nextEntry: function (exit) {
            if (exit === "suspend")
                return "resume";
            return exit === "" ? "" : "ab-initio";
        },
        initialized: function () {},
        finishing: function (values) {
            values["cmi.completion_status"] = evaluateCompletion(values);
            values["cmi.success_status"] = evaluateSuccess(values);
        },
        resolveOther: function (element) {
            const node = resolveNavigation(element);
            return node ? { node: node, path: element, arrays: [], keyword: null } : null;
        },
    };

    const KEYWORDS = ["_children", "_count", "_version"];

    // Element name → { node, path (canonical name), arrays: [{ list, path, index }], keyword }
    // or null when the name is not in the data model.
    function resolve(version, element) {
        let node;
        if (element.indexOf("cmi.") === 0)
            node = version.model;
        else if (version.adl && element.indexOf("adl.data.") === 0)
            node = version.adl;
        else
            return version.resolveOther(element);
        const parts = element.split(".");
        let path = parts[0];
        const arrays = [];
        for (let i = 1; i < parts.length; ++i) {
            const part = parts[i];
            if (i === parts.length - 1 && KEYWORDS.indexOf(part) >= 0)
                return { node: node, path: path, arrays: arrays, keyword: part };
            if (node.kind === "group" && has(node.members, part)) {
                node = node.members[part];
                path += "." + part;
            } else if (node.kind === "list" && /^\d+$/.test(part)) {
                const index = Number(part);
                arrays.push({ list: node, path: path, index: index });
                path += "." + index;
                node = node.item;
            } else {
                return null;
            }
        }
        return { node: node, path: path, arrays: arrays, keyword: null };
    }

    // Restoring order: by index, and within a record its id, then its type, then the rest.
    function compareElements(a, b) {
        const rank = function (part) {
            return part === "id" ? 0 : part === "type" ? 1 : 2;
        };
        const left = a.split(".");
        const right = b.split(".");
        for (let i = 0; i < Math.min(left.length, right.length); ++i) {
            if (left[i] === right[i])
                continue;
            if (/^\d+$/.test(left[i]) && /^\d+$/.test(right[i]))
                return Number(left[i]) - Number(right[i]);
            if (rank(left[i]) !== rank(right[i]))
                return rank(left[i]) - rank(right[i]);
            return left[i] < right[i] ? -1 : 1;
        }
        return left.length - right.length;
    }

    // Calls a host callback; false when it returned false or threw.
    function callHost(callback, argument) {
        if (typeof callback !== "function")
            return true;
        try {
            return callback(argument) !== false;
        } catch (error) {
            return false;
        }
    }

    function copy(values) {
        const result = {};
        Object.keys(values).forEach(function (key) {
            result[key] = values[key];
        });
        return result;
    }

    // ---------------------------------------------------------------------------------------
    // One API object: one learner session with one lesson.

    function createApi(version, options) {
        options = options || {};
        const state = options.state && typeof options.state === "object" ? options.state : {};
        const values = Object.create(null); // canonical element → stored value
        const nodes = Object.create(null); // canonical element → its leaf
        const counts = Object.create(null); // array path → number of records
        let changed = Object.create(null);
        // adl.data: "r", "w" or "rw" (the default) for each record, by index.
        const sharedAccess = Array.isArray(options.sharedDataAccess) ? options.sharedDataAccess
                                                                     : [];
        function sharedRecord(found) {
            return found.path.indexOf("adl.data.") === 0 && found.arrays.length
                       ? found.arrays[0].index
                       : -1;
        }
        function mayShared(found, how) {
            const index = sharedRecord(found);
            if (index < 0 || !/\.store$/.test(found.path))
                return true;
            const access = typeof sharedAccess[index] === "string" ? sharedAccess[index] : "rw";
            return access.indexOf(how) >= 0;
        }
        let phase = "new"; // "running", "finished"
        let lastError = "0";
        let diagnostic = "";

        function code(situation) {
            return SITUATIONS[situation][version.column];
        }

        function fail(situation, detail, answer) {
            lastError = code(situation);
            diagnostic = detail || "";
            return answer;
        }

        function succeed(answer) {
            lastError = "0";
            diagnostic = "";
            return answer;
        }

        function context(found) {
            const first = found.arrays[0];
            return {
                values: values,
                outer: first ? first.path + "." + first.index : "",
            };
        }

        function store(found, value) {
            found.arrays.forEach(function (array) {
                counts[array.path] = Math.max(counts[array.path] || 0, array.index + 1);
            });
            values[found.path] = value;
            nodes[found.path] = found.node;
        }

        function restore() {
            Object.keys(state).sort(compareElements).forEach(function (element) {
                const raw = state[element];
                if (raw === undefined || raw === null || typeof raw === "object")
                    return;
                const found = resolve(version, element);
                if (!found || found.keyword || found.node.kind !== "leaf" || found.node.transient)
                    return;
                if (found.arrays.some(function (array) {
                        return array.index > (counts[array.path] || 0);
                    }))
                    return;
                const value = String(raw);
                const check = found.node.loadCheck || found.node.check;
                if (check(value, context(found)) === null)
                    store(found, value);
            });
            const exit = state[version.exit];
            const entry = state[version.entry];
            let now = "ab-initio";
            if (exit !== undefined && exit !== null)
                now = version.nextEntry(String(exit));
            else if (["ab-initio", "resume", ""].indexOf(entry) >= 0)
                now = entry;
            values[version.entry] = now;
        }

        function readValue(found) {
            const node = found.node;
            if (node.get)
                return node.get(values);
            if (found.path in values)
                return values[found.path];
            return node.initial;
        }

        function initialize(argument) {
            if (phase === "running")
                return fail("alreadyInitialized", "Initialize was already called", "false");
            if (phase === "finished")
                return fail("terminated", "The session has ended", "false");
            if (text(argument) !== "")
                return fail("argument", "The argument must be an empty string", "false");
            phase = "running";
            version.initialized(values, changed);
            return succeed("true");
        }

        function finish(argument) {
            if (phase === "new")
                return fail("terminateBeforeInit", "Initialize was not called", "false");
            if (phase === "finished")
                return fail("terminateAfterTerm", "The session has already ended", "false");
            if (text(argument) !== "")
                return fail("argument", "The argument must be an empty string", "false");
            phase = "finished";

            const exit = values[version.exit] === undefined ? "" : values[version.exit];
            const session = values[version.sessionTime];
            const previous = version.parseTime(readValue(resolve(version, version.totalTime)));
            if (session !== undefined)
                values[version.totalTime] = version.formatTime(previous
                                                               + version.parseTime(session));
            else
                values[version.totalTime] = version.formatTime(previous);
            version.finishing(values);

            const finalValues = {};
            Object.keys(values).forEach(function (element) {
                const node = nodes[element];
                if (!node || !node.input)
                    finalValues[element] = values[element];
            });
            finalValues[version.exit] = exit;
            finalValues[version.entry] = version.nextEntry(exit);
            delete finalValues["adl.nav.request"];
            changed = Object.create(null);

            const saved = callHost(options.onFinish, finalValues);
            const request = values["adl.nav.request"];
            if (request !== undefined && request !== "_none_")
                callHost(options.onNavRequest, request);
            return saved ? succeed("true")
                         : fail("terminateFailure", "The host could not save the session",
                                "false");
        }

        function commit(argument) {
            if (phase === "new")
                return fail("commitBeforeInit", "Initialize was not called", "false");
            if (phase === "finished")
                return fail("commitAfterTerm", "The session has ended", "false");
            if (text(argument) !== "")
                return fail("argument", "The argument must be an empty string", "false");
            if (!callHost(options.onCommit, copy(changed)))
                return fail("commitFailure", "The host could not save the data", "false");
            changed = Object.create(null);
            return succeed("true");
        }

        function getValue(name) {
            if (phase === "new")
                return fail("getBeforeInit", "Initialize was not called", "");
            if (phase === "finished")
                return fail("getAfterTerm", "The session has ended", "");
            const element = text(name);
            if (element === "")
                return fail("getFailure", "No element name was given", "");
            const found = resolve(version, element);
            if (!found || (found.keyword === "_version" && !found.node.version))
                return fail("undefinedElement", element + " is not in the data model", "");
            const node = found.node;
            const indexMissing = found.arrays.some(function (array) {
                return array.index >= (counts[array.path] || 0);
            });
            if (found.keyword === "_version")
                return succeed(node.version);
            if (found.keyword === "_children") {
                if (!node.children)
                    return fail("noChildren", found.path + " has no children", "");
                return succeed(node.children);
            }
            if (found.keyword === "_count") {
                if (node.kind !== "list")
                    return fail("noCount", found.path + " is not an array", "");
                if (indexMissing)
                    return fail("getFailure", element + ": no such record", "");
                return succeed(String(counts[found.path] || 0));
            }
            if (node.kind !== "leaf")
                return fail("undefinedElement", element + " is not a data model element", "");
            if (node.access === "w" || !mayShared(found, "r"))
                return fail("writeOnly", element + " is write only", "");
            if (indexMissing)
                return fail("getFailure", element + ": no such record", "");
            const value = readValue(found);
            if (value === undefined)
                return fail("notInitialized", element + " has no value yet", "");
            return succeed(value);
        }

        function setValue(name, newValue) {
            if (phase === "new")
                return fail("setBeforeInit", "Initialize was not called", "false");
            if (phase === "finished")
                return fail("setAfterTerm", "The session has ended", "false");
            const element = text(name);
            const value = text(newValue);
            if (element === "")
                return fail("setFailure", "No element name was given", "false");
            const found = resolve(version, element);
            if (!found || (found.keyword === "_version" && !found.node.version))
                return fail("undefinedElement", element + " is not in the data model", "false");
            if (found.keyword)
                return fail("keyword", found.keyword + " cannot be set", "false");
            const node = found.node;
            if (node.kind !== "leaf")
                return fail("undefinedElement", element + " is not a data model element", "false");
            if (node.access === "r")
                return fail("readOnly", element + " is read only", "false");
            const record = sharedRecord(found);
            if (record >= 0 && record >= (counts["adl.data"] || 0))
                return fail("setFailure", "adl.data has no record " + record, "false");
            if (!mayShared(found, "w"))
                return fail("readOnly", element + " is read only", "false");

            const arrays = found.arrays;
            for (let i = 0; i < arrays.length; ++i) {
                const array = arrays[i];
                const count = counts[array.path] || 0;
                const last = i === arrays.length - 1;
                if (array.index > count)
                    return fail("setFailure",
                                element + ": the next record of " + array.path + " is "
                                    + count,
                                "false");
                const key = array.list.key;
                const record = array.path + "." + array.index;
                if (key) {
                    const creatingWithoutKey = array.index === count
                        && (!last || found.path !== record + "." + key);
                    const keyMissing = array.index < count
                        && values[record + "." + key] === undefined;
                    if (creatingWithoutKey || keyMissing)
                        return fail("dependency", record + "." + key + " must be set first",
                                    "false");
                }
                if (last && array.index === count && array.list.max
                    && array.index >= array.list.max(context(found)))
                    return fail("conflict", array.path + " cannot hold more records", "false");
            }
            const where = context(found);
            if (node.needsType && interactionType(where) === undefined)
                return fail("dependency", where.outer + ".type must be set first", "false");

            const problem = node.check(value, where);
            const shown = value.length > 60 ? value.slice(0, 60) + "..." : value;
            if (problem === TYPE)
                return fail("type", "\"" + shown + "\" is not a valid value for " + element,
                            "false");
            if (problem === RANGE)
                return fail("range", shown + " is out of range for " + element, "false");

            if (node.fixed && values[found.path] !== undefined && values[found.path] !== value)
                return fail("conflict", element + " cannot be changed once set", "false");
            if (node.unique) {
                const inner = arrays[arrays.length - 1];
                const field = found.path.slice(inner.path.length + String(inner.index).length + 2);
                for (let i = 0; i < (counts[inner.path] || 0); ++i) {
                    if (i !== inner.index && values[inner.path + "." + i + "." + field] === value)
                        return fail("conflict", value + " is already used in " + inner.path,
                                    "false");
                }
            }

            store(found, value);
            changed[found.path] = value;
            if (typeof options.onSetValue === "function") {
                try {
                    options.onSetValue(found.path, value);
                } catch (error) {
                    // The value is stored; a host that fails here still gets it at Commit.
                }
            }
            return succeed("true");
        }

        function lastErrorCode() {
            return lastError;
        }

        function errorString(errorCode) {
            const key = text(errorCode);
            return has(version.strings, key) ? version.strings[key] : "";
        }

        function errorDiagnostic(errorCode) {
            const key = text(errorCode);
            if (key === "" || key === lastError)
                return diagnostic || errorString(lastError);
            return errorString(key);
        }

        restore();

        const functions = [initialize, finish, getValue, setValue, commit, lastErrorCode,
                           errorString, errorDiagnostic];
        const api = {};
        version.methods.forEach(function (method, index) {
            api[method] = functions[index];
        });
        return api;
    }

    return Object.freeze({
        create12: function (options) {
            return createApi(VERSION_12, options);
        },
        create2004: function (options) {
            return createApi(VERSION_2004, options);
        },
    });
})();
