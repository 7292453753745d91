-- wrk driver for a hazard's whole loop: each wrk thread has one connection and walks report → assign → submit →
-- accept, over and over. wrk is light (C, epoll), so it leaves the two cores to the application and PostgreSQL.
--   wrk -t8 -c8 -d20s -s bench/lifecycle.lua http://localhost:18080 -- "<Authorization header value>" <enterpriseId>
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  auth = args[1]
  enterprise = args[2]
  state = 0
  lifecycles = 0
  failures = 0
  id = nil
  local deadline = os.date("!%Y-%m-%d", os.time() + 10 * 86400)
  steps = {
    [1] = { "assign", '{"version":0,"plan":"整改","responsiblePerson":"王工","deadline":"' .. deadline .. '"}' },
    [2] = { "submit", '{"version":1,"evidence":"已整改"}' },
    [3] = { "accept", '{"version":2,"opinion":"同意销号"}' },
  }
  report = '{"enterpriseId":' .. enterprise .. ',"title":"基准测试隐患","description":"负载测试","location":"测试区",'
    .. '"sector":"COAL_MINE","discoveredAt":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 600) .. '",'
    .. '"source":"SELF_INSPECTION"}'
  headers = { ["Authorization"] = auth, ["Content-Type"] = "application/json" }
end

function request()
  if state == 0 then
    return wrk.format("POST", "/api/v1/hazards", headers, report)
  end
  local step = steps[state]
  return wrk.format("POST", "/api/v1/hazards/" .. id .. "/actions/" .. step[1], headers, step[2])
end

function response(status, hdrs, body)
  if status >= 300 then
    failures = failures + 1
    state = 0
    return
  end
  if state == 0 then
    id = string.match(body, '"id":(%d+)')
  end
  state = (state + 1) % 4
  if state == 0 then
    lifecycles = lifecycles + 1
  end
end

function done(summary, latency, requests)
  local total, failed = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("lifecycles")
    failed = failed + thread:get("failures")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("lifecycles/s: %.0f  (%d lifecycles, %d failed requests)\n", total / seconds, total, failed))
  io.write(string.format("request latency p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
