-- wrk script for compare.sh: each wrk thread (one connection each) browses as one signed-in user
-- with the session cookies compare.sh got for it (one argument per thread, "JSESSIONID=...; ...").
-- Like a browser it sends back the JSESSIONIDVERSION that Payara updates on every answer of a
-- distributable application: with a stale one Payara reloads the session from its store, and
-- with none it starts a new session on every request. (wrk shows a script only the last of
-- several Set-Cookie headers, which is the version; the session id itself does not change.)
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("number", threads)
end

local session, version

local function send()
    wrk.headers["Cookie"] = version and (session .. "; " .. version) or session
end

function init(args)
    local cookies = args[number] or args[1] or ""
    session = cookies:match("JSESSIONID=[^;]+")
    version = cookies:match("JSESSIONIDVERSION=[^;]+")
    if session then
        send()
    end
end

function request()
    return wrk.format()
end

function response(status, headers, body)
    local set = headers["Set-Cookie"] or headers["set-cookie"]
    local newer = set and set:match("JSESSIONIDVERSION=[^;]+")
    if session and newer and newer ~= version then
        version = newer
        send()
    end
end
