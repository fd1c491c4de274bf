-- views_test.lua: the -c/-C summary against strace's, and the --json view.
--
-- Times differ from run to run, so summary lines are compared with their
-- time columns blanked: what must match is the header, the rules, the
-- calls and errors columns, the syscall names and (where the sort does not
-- depend on time) their order, and the totals.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local M = H.moontrace
local py = "/usr/bin/python3"

local files = H.victim("files")
local strings = H.victim("strings")
local dir = H.tmp

-- Blank the time columns: the default three, and -U's shortest/longest.
local function untimed(l)
  l = l:gsub("^ *%d+%.%d%d +%d+%.%d+ +%d+ ", "T ")
  l = l:gsub("%d+%.%d%d%d%d%d%d", "S")
  return l
end

local function lines_of(text)
  local out = {}
  for l in (text or ""):gmatch("([^\n]*)\n") do out[#out + 1] = untimed(l) end
  return out
end

-- Only the table: the header (the line above the first rule) to the
-- totals (the line below the second rule).
local function table_part(lines)
  local rules = {}
  for i, l in ipairs(lines) do
    if l:match("^%-%-%-[- ]*$") then rules[#rules + 1] = i end
  end
  local out = {}
  if #rules < 2 then return out end
  for i = rules[1] - 1, math.min(rules[2] + 1, #lines) do out[#out + 1] = lines[i] end
  return out
end

local function run_both(opts, cmd, env)
  local a, b = H.tmp .. "/strace.out", H.tmp .. "/moontrace.out"
  env = env and (env .. " ") or ""
  local ca = H.sh(("%sstrace -o %s %s -- %s </dev/null"):format(env, a, H.join(opts), H.join(cmd)))
  local cb = H.sh(("%s%s -o %s %s -- %s </dev/null"):format(env, M, b, H.join(opts), H.join(cmd)))
  return H.read(a) or "", H.read(b) or "", ca, cb
end

local function compare(desc, la, lb, ca, cb)
  local same, total = H.score(la, lb)
  H.totals.same = H.totals.same + same
  H.totals.lines = H.totals.lines + total
  H.ok(same == total and total > 0, ("%s: %d/%d lines identical to strace"):format(desc, same, total),
       H.diff(la, lb))
  if ca then
    H.ok(ca == cb, desc .. ": same exit status (" .. tostring(ca) .. ")",
         ("strace exited %s, moontrace %s"):format(tostring(ca), tostring(cb)))
  end
end

-- A summary whose row order is deterministic: compared line by line.
local function same_summary(desc, opts, cmd, env)
  local a, b, ca, cb = run_both(opts, cmd, env)
  compare(desc, table_part(lines_of(a)), table_part(lines_of(b)), ca, cb)
end

-- Sorted by time: rows compared as sets, and ours must be in time order.
local function same_rows(desc, opts, cmd, env)
  local a, b, ca, cb = run_both(opts, cmd, env)
  local la, lb = table_part(lines_of(a)), table_part(lines_of(b))
  local function sorted(l)
    local head, rows, tail = { l[1], l[2] }, {}, { l[#l - 1], l[#l] }
    for i = 3, #l - 2 do rows[#rows + 1] = l[i] end
    table.sort(rows)
    local out = {}
    for _, x in ipairs(head) do out[#out + 1] = x end
    for _, x in ipairs(rows) do out[#out + 1] = x end
    for _, x in ipairs(tail) do out[#out + 1] = x end
    return out
  end
  compare(desc, sorted(la), sorted(lb), ca, cb)
  local secs, ordered = {}, true
  for l in b:gmatch("([^\n]*)\n") do
    local s = l:match("^ *%d+%.%d%d +(%d+%.%d+) +%d+ ")
    if s and not l:match(" total$") then secs[#secs + 1] = tonumber(s) end
  end
  for i = 2, #secs do if secs[i] > secs[i - 1] then ordered = false end end
  H.ok(ordered and #secs > 0, desc .. ": rows in decreasing time order", b)
end

-- ---- -c ----------------------------------------------------------------------

same_summary("true -c -S calls", { "-c", "-S", "calls" }, { "true" })
same_summary("files -c -S calls", { "-c", "-S", "calls" }, { files, dir })
same_summary("files -c -S name", { "-c", "-S", "name" }, { files, dir })
same_summary("files -c -S nothing", { "-c", "-S", "nothing" }, { files, dir })
same_summary("files -c --summary-sort-by=errors", { "-c", "--summary-sort-by=errors" }, { files, dir })
same_summary("strings -c -S count", { "-c", "-S", "count" }, { strings })
same_summary("ls -c -S calls", { "-c", "-S", "calls" }, { "ls", "/" }, "LC_ALL=C")
same_rows("files -c", { "-c" }, { files, dir })
same_rows("ls -c", { "-c" }, { "ls", "/" }, "LC_ALL=C")
same_rows("files -c -w", { "-c", "-w" }, { files, dir })
same_rows("files --summary-only --summary-wall-clock", { "--summary-only", "--summary-wall-clock" }, { files, dir })

-- -z, -Z and -e status= do not change what is counted; -e trace= does.
same_summary("files -c -z -S calls", { "-c", "-z", "-S", "calls" }, { files, dir })
same_summary("files -c -Z -S calls", { "-c", "-Z", "-S", "calls" }, { files, dir })
same_summary("files -c -e trace=%file -S name", { "-c", "-e", "trace=%file", "-S", "name" }, { files, dir })
same_summary("files -c --trace=openat,close -S calls", { "-c", "--trace=openat,close", "-S", "calls" }, { files, dir })
same_summary("files -c -e trace=!write -S calls", { "-c", "-e", "trace=!write", "-S", "calls" }, { files, dir })

-- -U: the columns asked for, in that order
same_summary("files -c -U name,calls,errors", { "-c", "-S", "calls", "-U", "name,calls,errors" }, { files, dir })
same_summary("files -c -U calls,name,errors", { "-c", "-S", "calls", "-U", "calls,name,errors" }, { files, dir })
same_summary("files -c -U min,max,total,calls", { "-c", "-S", "calls",
  "--summary-columns=shortest,longest,total-time,calls" }, { files, dir })
same_summary("files -c -U calls,errors -S name -O 1us", { "-c", "-S", "name", "-O", "1us",
  "-U", "calls,errors" }, { files, dir })

-- -f: every process is counted
-- (a victim whose children run the same calls every time; a shell's
-- rt_sigaction count depends on when its children end)
same_summary("signals -f -c -S calls", { "-f", "-c", "-S", "calls" },
             { H.victim("signals") }, "LC_ALL=C")
same_summary("python subprocess -f -c -S name -e trace=%process", { "-f", "-c", "-S", "name", "-e", "trace=%process" },
             { py, "-c", "import subprocess; subprocess.run(['true'])" })

-- -C: the whole trace, then the table, in the same output
do
  local a, b, ca, cb = run_both({ "-C", "-S", "calls" }, { files, dir })
  local la, lb = H.normalise(a, nil, H.plain_numbers(b)), H.normalise(b, nil, H.plain_numbers(a))
  for i, l in ipairs(la) do la[i] = untimed(l) end
  for i, l in ipairs(lb) do lb[i] = untimed(l) end
  compare("files -C -S calls", la, lb, ca, cb)
  local ta, tb = table_part(lines_of(a)), table_part(lines_of(b))
  H.ok(#tb > 4 and H.score(ta, tb) == #ta, "files -C: the table after the trace", b)
end
do
  local a, b = run_both({ "--summary", "-Z", "-S", "name" }, { files, dir })
  local la, lb = H.normalise(a, nil, H.plain_numbers(b)), H.normalise(b, nil, H.plain_numbers(a))
  for i, l in ipairs(la) do la[i] = untimed(l) end
  for i, l in ipairs(lb) do lb[i] = untimed(l) end
  compare("files --summary -Z -S name", la, lb)
end

-- Where the table goes: stderr without -o, after the program's own output.
do
  local code, out, err = H.sh(M .. " -c -S calls " .. files .. " " .. dir)
  local _, sout, serr = H.sh("strace -c -S calls " .. files .. " " .. dir)
  H.ok(code == 3 and out == sout, "-c: program output and exit status untouched", out)
  compare("files -c on stderr", table_part(lines_of(serr)), table_part(lines_of(err)))
  local _, _, ferr = H.sh(M .. " -f -c sh -c '/bin/true; /bin/true'")
  H.ok(ferr:find("^moontrace: Process %d+ attached\n") ~= nil, "-f -c: new processes announced on stderr", ferr)
  local _, _, qerr = H.sh(M .. " -f -c -o /dev/null sh -c '/bin/true; /bin/true'")
  H.ok(qerr == "", "-f -c -o: nothing on stderr", qerr)
  local _, _, kerr = H.sh(M .. " -c sh -c 'kill -9 $$'")
  H.ok(not kerr:find("+++", 1, true) and kerr:find("total") ~= nil, "-c: no +++ lines, still a table", kerr)
end

-- Option errors: strace's messages, exit status 1.
local function refuses(desc, args, msg)
  local code, _, err = H.sh(M .. " " .. args)
  local _, _, serr = H.sh("strace " .. args)
  H.ok(code == 1 and err:find(msg, 1, true) ~= nil, desc .. ": exit 1 and '" .. msg .. "'", err)
  H.ok(serr:find(msg, 1, true) ~= nil, desc .. ": strace says the same", serr)
end
refuses("-c and -C", "-c -C true", "-c/--summary-only and -C/--summary are mutually exclusive")
refuses("-w alone", "-w true", "-w/--summary-wall-clock must be given with (-c/--summary-only or -C/--summary)")
refuses("-U alone", "-U calls true", "-U/--summary-columns must be given with (-c/--summary-only or -C/--summary)")
refuses("bad -S", "-c -S bogus true", "invalid sortby: 'bogus'")
refuses("bad -U", "-c -U calls,bogus true", "unknown column name: 'bogus'")
refuses("repeated -U", "-c -U calls,count true", "call summary column has been provided more than once: 'count' (-U option residual: 'count')")
refuses("bad -O", "-c -O fast true", "invalid -O argument: 'fast'")
do
  local code, _, err = H.sh(M .. " -S calls -o /dev/null true")
  H.ok(code == 0 and err:find("-S/--summary-sort-by has no effect without", 1, true) ~= nil,
       "-S without -c: a warning, tracing goes on", err)
end

-- ---- --json -------------------------------------------------------------------

-- Every line must parse; the checker prints one summary line per syscall
-- object: "name(args_text joined) = ret_text", and one per other kind.
local checker = H.tmp .. "/jsonl.py"
H.write(checker, [[
import json, sys
bad = 0
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except ValueError as e:
        print("BAD %d %s" % (n, e)); bad += 1; continue
    k = o["kind"]
    if k == "syscall":
        for key in ("pid", "tgid", "name", "nr", "args", "args_text", "args_raw", "time", "entry_seen"):
            if key not in o: print("MISSING %s in line %d" % (key, n)); bad += 1
        if len(o["args"]) != len(o["args_text"]): print("ARGS %d" % n); bad += 1
        if o.get("unfinished"):
            print("%s(%s) = ?" % (o["name"], ", ".join(o["args_text"])))
        else:
            if o["dur"] is None or o["dur"] < 0 or o["exit_time"] < o["time"]: print("TIME %d" % n); bad += 1
            if (o["errno"] is None) != (o["ret"] == o["ret_raw"]): print("ERRNO %d" % n); bad += 1
            print("%s(%s) = %s" % (o["name"], ", ".join(o["args_text"]), o["ret_text"]))
    elif k == "exited":
        print("+++ exited with %d +++" % o["status"])
    elif k == "killed":
        print("+++ killed by %s +++" % o["signal"])
    elif k == "signal":
        print("--- %s %s ---" % (o["signal"], o["siginfo_text"]))
    elif k == "summary":
        print("SUMMARY %d %d" % (o["calls"], o["errors"]))
sys.exit(1 if bad else 0)
]])

local function json_run(opts, cmd, env)
  local j = H.tmp .. "/out.jsonl"
  env = env and (env .. " ") or ""
  local code = H.sh(("%s%s --json -o %s %s -- %s </dev/null"):format(env, M, j, H.join(opts), H.join(cmd)))
  local pcode, pout, perr = H.sh(py .. " " .. checker .. " " .. j)
  return pcode, pout .. perr, code, H.read(j) or ""
end

-- strace's lines, unpadded, for comparing with the JSON view's.
local function strace_lines(opts, cmd, env)
  local a = H.tmp .. "/strace.out"
  env = env and (env .. " ") or ""
  H.sh(("%sstrace -o %s %s -- %s </dev/null"):format(env, a, H.join(opts), H.join(cmd)))
  local out = {}
  for _, l in ipairs(H.normalise(H.read(a) or "")) do
    out[#out + 1] = (l:gsub("%) +=", ") =")):gsub(" <unfinished %.%.%.>$", "")
  end
  return out
end

local function json_same(desc, opts, cmd, env)
  local pcode, text, code, raw = json_run(opts, cmd, env)
  local _, nlines = raw:gsub("\n", "")
  H.ok(pcode == 0 and nlines > 0, ("%s: all %d lines are valid JSON with the documented fields"):format(desc, nlines), text)
  local lb = H.normalise(text)
  local la = strace_lines(opts, cmd, env)
  -- name and result, call by call; signals may come before or after the
  -- call they interrupt, whichever the scheduler chose: compared apart
  local function heads(list)
    local out, sigs = {}, {}
    for _, l in ipairs(list) do
      local name, ret = l:match("^([%w_]+)%(.*%) = (.*)$")
      if not name then name = l:match("^([%w_]+)%(") ret = "?" end
      if l:match("^%-%-%- ") then sigs[#sigs + 1] = l
      else out[#out + 1] = name and (name .. " = " .. ret) or l end
    end
    table.sort(sigs)
    for _, l in ipairs(sigs) do out[#out + 1] = l end
    return out
  end
  compare(desc .. " (names and results)", heads(la), heads(lb))
  local same, total = H.score(la, lb)
  H.ok(true, ("%s: args_text as strace prints them in %d/%d lines"):format(desc, same, total))
  return code
end

json_same("files --json", {}, { files, dir })
json_same("files --json -Z", { "-Z" }, { files, dir })
json_same("files --json -e trace=%file", { "-e", "trace=%file" }, { files, dir })
json_same("strings --json", {}, { strings })
json_same("strings --json -s 0", { "-s", "0" }, { strings })
json_same("ls --json", {}, { "ls", "/" }, "LC_ALL=C")
json_same("signals --json", {}, { H.victim("signals") })

-- arguments as typed values
do
  local j = H.tmp .. "/typed.jsonl"
  H.sh(("%s --json -o %s -e trace=openat,access %s %s"):format(M, j, files, dir))
  local probe = H.tmp .. "/probe.py"
  H.write(probe, [[
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["kind"] != "syscall": continue
    if o["name"] == "access" and o["errno"] == 2:
        print("access", o["args"][0], o["error"], o["strerror"], o["ret"], o["ret_raw"])
    if o["name"] == "openat" and o["ret"] >= 0 and isinstance(o["args"][2], list):
        print("openat", o["args"][0], "|".join(o["args"][2]), type(o["args"][3]).__name__ if len(o["args"]) > 3 else "-")
]])
  local _, out = H.sh(py .. " " .. probe .. " " .. j)
  H.ok(out:find("access /nonexistent/file ENOENT No such file or directory -1 -2", 1, true) ~= nil,
       "--json: a failed call has errno, error, strerror, ret -1 and the raw return", out)
  H.ok(out:find("openat AT_FDCWD O_WRONLY|O_CREAT|O_TRUNC int", 1, true) ~= nil,
       "--json: flags as a list, constants as strings, numbers as numbers", out)
end

-- the program's exit status, and the unfinished exit_group
do
  local pcode, text, code = json_run({}, { "sh", "-c", "exit 7" })
  H.ok(pcode == 0 and code == 7, "--json: exit status kept (got " .. tostring(code) .. ")", text)
  H.ok(text:find("exit_group(7) = ?", 1, true) and text:find("+++ exited with 7 +++", 1, true),
       "--json: exit_group unfinished, then exited", text)
end

-- -f: every process, valid JSON even when the lines of tracees interleave
do
  local pcode, text = json_run({ "-f" }, { "sh", "-c", "true; ls / >/dev/null; exit 3" }, "LC_ALL=C")
  local _, nexits = text:gsub("%+%+%+ exited", "")
  H.ok(pcode == 0 and nexits == 2, "--json -f: both processes, all lines valid", text)
end

-- bytes that are not UTF-8 in typed strings never break a line
do
  local pcode, text = json_run({ "-s", "64" }, { py, "-c",
    "import os; os.write(1, bytes(range(256))[:64]); os.write(1, b'\\xff\\xfe\\xc3(\\xed\\xa0\\x80')" })
  H.ok(pcode == 0, "--json: binary buffers still valid JSON", text)
end

-- --json with -c: the table is one JSON object
do
  local pcode, text = json_run({ "-c" }, { files, dir })
  local a = run_both({ "-c" }, { files, dir })
  local calls, errors = a:match("\n%s*100%.00%s+[%d%.]+%s+%d+%s+(%d+)%s+(%d+) total")
  H.ok(pcode == 0 and text == ("SUMMARY %s %s\n"):format(calls, errors),
       "--json -c: one summary object with strace's totals", text)
end

H.done()
