-- wrk script of bench/pages.sh: each connection is a signed-in user of its own (run wrk with as many threads as
-- connections, so that a thread's state is its connection's).
--
--   wrk -t8 -c8 -d10s -s bench/pages.lua http://host:port -- <targets file> [mix]
--
-- Each line of the targets file is "<session cookie> <path>" (a GET), or for a form posted again and again
-- "<session cookie> <path> <csrf token> <version> <version step> <body>": the body is sent with "_csrf" and
-- "version" added, and the version moves by <version step> after each answer that is a redirect (the form's
-- post-redirect-get). Connection n uses line n (modulo the number of lines), or with "mix" walks every line from
-- line n on (a mixed load: GET lines only). "-" as session cookie sends none (the sign-in page).
--
-- done() prints one line "RESULT requests seconds req/s p50_ms p99_ms errors", where errors counts the answers that
-- are not what a signed-in page answers (200, or the redirect of a posted form) plus wrk's socket errors: a session
-- that lost its sign-in is redirected to /login, which wrk alone would count as a success.

local threads = {}
local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("id", counter)
    table.insert(threads, thread)
end

local targets = {}
local position
local mix = false
bad = 0

local function split(line)
    local fields = {}
    for field in line:gmatch("%S+") do table.insert(fields, field) end
    return fields
end

function init(args)
    for line in io.lines(args[1]) do
        if line:match("%S") then table.insert(targets, split(line)) end
    end
    position = (id - 1) % #targets + 1
    mix = args[2] == "mix"
end

local function escape(text)
    return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local current

function request()
    current = targets[position]
    if mix then position = position % #targets + 1 end
    local headers = {}
    if current[1] ~= "-" then headers["Cookie"] = "JSESSIONID=" .. current[1] end
    if current[3] == nil then
        return wrk.format("GET", current[2], headers)
    end
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local body = "_csrf=" .. escape(current[3]) .. "&version=" .. current[4]
    if current[6] then body = body .. "&" .. current[6] end
    return wrk.format("POST", current[2], headers, body)
end

function response(status, headers, body)
    if current[3] == nil then
        if status ~= 200 then bad = bad + 1 end
    elseif status >= 300 and status < 400 and not (headers["Location"] or ""):find("/login") then
        current[4] = tostring(tonumber(current[4]) + tonumber(current[5]))
    else
        bad = bad + 1
    end
end

function done(summary, latency, requests)
    local errors = 0
    for _, thread in ipairs(threads) do errors = errors + (thread:get("bad") or 0) end
    local e = summary.errors
    errors = errors + e.connect + e.read + e.write + e.timeout
    local seconds = summary.duration / 1e6
    io.write(string.format("RESULT %d %.2f %.2f %.2f %.2f %d\n", summary.requests, seconds,
        summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
