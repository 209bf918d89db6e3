-- wrk script for the yardstick (yardstick.mjs): MODE picks the hot path; every request picks its record
-- at random the same way the matching pgbench script does. done() prints one JSON line.
local token = os.getenv("TOKEN")
local mode = os.getenv("MODE")
local offset = tonumber(os.getenv("OFFSET") or "0")
local nthreads = tonumber(os.getenv("THREADS") or "2")
local next_tid = 0
local counter = 0
local auth = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }

local function id(i, kind) -- the seed's deterministic ids (seed.sql)
  return string.format("%08x-0000-7000-%s-%012x", i, kind, i)
end

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

function init(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
end

request = function()
  if mode == "vehicle" then
    return wrk.format("GET", "/api/stores/BENCH/vehicles/" .. id(math.random(1, 200000), "9000"), auth)
  elseif mode == "order" then
    return wrk.format("GET", "/api/stores/BENCH/repair-orders/" .. id(math.random(1, 200000), "a000"), auth)
  elseif mode == "plate" then
    return wrk.format("GET", string.format("/api/stores/BENCH/vehicles?limit=20&q=%%E4%%BA%%ACB%04d", math.random(0, 1999)), auth)
  elseif mode == "phone" then
    return wrk.format("GET", string.format("/api/stores/BENCH/customers?limit=20&q=%04d", math.random(0, 9999)), auth)
  elseif mode == "create" then
    -- a vehicle no other request of this run uses (a second open order would be refused, R-APT-2)
    counter = counter + 1
    local v = (offset + (tid or 0) + nthreads * counter) % 200000 + 1
    local body = string.format('{"customerId":"%s","vehicleId":"%s","requestedWork":"定期保养，左前轮异响",' ..
      '"lines":[{"kind":"JOB","payType":"CUSTOMER","description":"更换机油及机滤","hours":1.2},' ..
      '{"kind":"PART","payType":"CUSTOMER","description":"机油滤清器","partNumber":"06L115562B","quantity":1,' ..
      '"unitPrice":128,"supplier":"DEALER","grade":"OEM"}]}', id(v, "8000"), id(v, "9000"))
    local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json",
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("%08x-%04x-4%03x-8%03x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
        math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0x7fffffff)) }
    return wrk.format("POST", "/api/stores/BENCH/repair-orders", headers, body)
  end
  error("MODE must be vehicle, order, plate, phone or create")
end

done = function(summary, latency, requests)
  io.write(string.format('{"requests":%d,"errors":%d,"non2xx":%d,"seconds":%.3f,"rps":%.1f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f}\n',
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
