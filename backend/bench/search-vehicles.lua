-- wrk script: plate-prefix search (the advisor's first action at the car) over 200 000 vehicles.
local token = os.getenv("TOKEN")
math.randomseed(os.time())
request = function()
  local prefix = string.format("%%E4%%BA%%ACB%04d", math.random(0, 1999))
  return wrk.format("GET", "/api/stores/BENCH/vehicles?limit=20&q=" .. prefix, { ["Authorization"] = "Bearer " .. token })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, rps %.0f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
