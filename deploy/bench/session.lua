-- wrk script for compare.sh: each wrk thread keeps the session cookie its first answer set, as a
-- signed-in user's browser does, so a page view is measured as such and not as a new visitor.
local cookie = nil

response = function(status, headers, body)
    local set = headers["Set-Cookie"] or headers["set-cookie"]
    if set then
        local id = set:match("JSESSIONID=[^;]+")
        if id then
            cookie = id
        end
    end
end

request = function()
    if cookie then
        -- wrk.format replaces wrk's headers (the -H Authorization) with the ones given: copy them.
        local headers = {}
        for name, value in pairs(wrk.headers) do
            headers[name] = value
        end
        headers["Cookie"] = cookie
        return wrk.format(nil, nil, headers)
    end
    return wrk.format()
end
