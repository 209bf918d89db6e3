-- wrk script: GET a random one of the 200 000 seeded vehicles with a bearer token.
local token = os.getenv("TOKEN")
math.randomseed(os.time())
request = function()
  local i = math.random(1, 200000)
  local hex = string.format("%08x", i)
  local tail = string.format("%012x", i)
  local path = "/api/stores/BENCH/vehicles/" .. hex .. "-0000-7000-9000-" .. tail
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (non-2xx %d), p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, rps %.0f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
