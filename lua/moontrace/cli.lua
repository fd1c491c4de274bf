-- moontrace.cli: the command line, strace-compatible.
--
-- main(arg) parses the options, loads the view and the scripts, starts or
-- attaches the tracees, runs the session and returns moontrace's exit
-- status (the traced command's: its exit code, or 128 + signal).

local mt = require "moontrace"
local filter = require "moontrace.filter"
local scripts = require "moontrace.scripts"
local core = mt.core

local M = {}

local USAGE = [[
Usage: moontrace [OPTIONS] [--] COMMAND [ARGS]
       moontrace [OPTIONS] -p PID[,PID...] [-p PID ...]

Trace the system calls and signals of COMMAND, or of running processes.

Tracing:
  -f, --follow-forks       follow forks, vforks and clones
  -p, --attach=PID         attach to a running process (all its threads);
                           repeat or separate with commas
  -E, --env=VAR=VAL, --env=VAR
                           set (or remove) VAR in the command's environment
  -u, --user=USERNAME      run the command as USERNAME (root only); a setuid
                           or setgid program still gets its owner's id
  -b, --detach-on=execve   let a process go when it calls execve (not the
                           command's own first one)
  -D, --daemonize[=grandchild|pgroup|session], -DD, -DDD
                           moontrace runs as a grandchild (in its own process
                           group, session): the command stays its parent's child
  --seccomp-bpf, --no-seccomp-bpf
                           when the traced set is narrowed (-e trace=, scripts),
                           a spawned program stops only at traced syscalls
                           (seccomp-bpf; default on, -p always stops everywhere)
  --cosched                keep moontrace on the CPU its tracee runs on (pinned,
                           SCHED_IDLE): much cheaper stops where CPUs are far
                           apart (VMs); the tracee's own affinity is not touched
  --low-latency=auto|on|off, --no-low-latency
                           while stops come fast (auto, the default, on up to
                           16 CPUs) or all along (on), keep idle CPUs from
                           halting (PM QoS /dev/cpu_dma_latency, root only):
                           stops cost several times less; idle CPUs poll
Filtering:
  -e trace=SET, --trace=SET
                           only these syscalls: names, %class, /regex, !negation
  -e status=SET, --status=SET
                           successful, failed, unfinished, unavailable, detached
  -z, --successful-only    only successful calls
  -Z, --failed-only        only failed calls
Output:
  -o, --output=FILE        write the trace to FILE (default: stderr)
  -s, --string-limit=N     print at most N bytes of strings (default 32)
  -v, --no-abbrev          print structures, argv and environment in full
  -t, -tt, -ttt, --absolute-timestamps=[[format:]time|unix|none][,[precision:]s|ms|us|ns]
                           the time of day at each line
  -r, --relative-timestamps[=s|ms|us|ns]
                           the time since the previous line
  -T, --syscall-times[=s|ms|us|ns]
                           the time spent in each call
  --json                   one JSON object per event instead (docs/json.md)
Statistics:
  -c, --summary-only       count time, calls and errors of each syscall and
                           print a summary table instead of the trace
  -C, --summary            the trace, then the summary table
  -S, --summary-sort-by=SORTBY
                           time (default), min-time, max-time, avg-time, calls,
                           errors, name, nothing
  -U, --summary-columns=COLUMNS
                           time-percent, total-time, min-time, max-time,
                           avg-time, calls, errors, name
  -w, --summary-wall-clock time spent in syscalls (default: system CPU time)
  -O, --summary-syscall-overhead=OVERHEAD[s|ms|us|ns]
                           subtract OVERHEAD from each call's time
Scripts:
  -l, --script=NAME[,KEY=VALUE...]
                           run a Lua script (a path, or a bundled script name);
                           with -l the default view is off unless -l strace is given
  --strict                 stop tracing when a script's hook fails (exit 1)
  --list-scripts           list the bundled and installed scripts
  --script-help=NAME       print a script's help (the comment it opens with)
  --new-script=NAME        write NAME.lua, a commented skeleton of a new script
Interactive:
  -i, --interactive        a Lua prompt: the program starts stopped at its first
                           syscall; step(), cont(), brk("openat"), ev, ...
Misc:
  -h, --help               this help
  -V, --version            print the version

Exit status: that of COMMAND (128 + signal number when it was killed).
]]

local function die(msg)
  io.stderr:write("moontrace: ", msg, "\n")
  io.stderr:flush()
  return 1
end
M.die = die

-- Options: short letter -> { name, takes_argument }
local SHORT = {
  f = { "follow" }, p = { "attach", true }, e = { "expr", true },
  z = { "successful" }, Z = { "failed" }, o = { "output", true },
  s = { "strsize", true }, v = { "verbose" }, h = { "help" },
  V = { "version" }, l = { "script", true }, i = { "interactive" },
}

local LONG = {
  ["follow-forks"] = { "follow" }, attach = { "attach", true },
  trace = { "trace", true }, status = { "status", true },
  ["successful-only"] = { "successful" }, ["failed-only"] = { "failed" },
  output = { "output", true }, ["string-limit"] = { "strsize", true },
  ["no-abbrev"] = { "verbose" }, help = { "help" }, version = { "version" },
  script = { "script", true }, ["list-scripts"] = { "list_scripts" },
  ["script-help"] = { "script_help", true }, ["new-script"] = { "new_script", true },
  signal = { "signal", true }, interactive = { "interactive" }, strict = { "strict" },
}

-- strace -c's statistics (scripts/summary.lua) and the JSON view.
SHORT.c, LONG["summary-only"] = { "summary_only" }, { "summary_only" }
SHORT.C, LONG.summary = { "summary_both" }, { "summary_both" }
SHORT.w, LONG["summary-wall-clock"] = { "summary_wall" }, { "summary_wall" }
SHORT.S, LONG["summary-sort-by"] = { "summary_sort", true }, { "summary_sort", true }
SHORT.U, LONG["summary-columns"] = { "summary_columns", true }, { "summary_columns", true }
SHORT.O, LONG["summary-syscall-overhead"] = { "summary_overhead", true }, { "summary_overhead", true }
LONG.json = { "json" }

-- strace's output-format options (scripts/strace.lua reads them).
-- Repeatable flags count: -tt is opts.timestamps == 2.
-- "opt": an optional argument, given only as --name=VALUE.
SHORT.t, LONG["absolute-timestamps"] = { "timestamps" }, { "absolute_timestamps", "opt" }
SHORT.r, LONG["relative-timestamps"] = { "relative" }, { "relative", "opt" }
SHORT.T, LONG["syscall-times"] = { "syscall_times" }, { "syscall_times", "opt" }
-- how the command starts: environment (-E), user (-u); -b execve
SHORT.E, LONG.env = { "env", true }, { "env", true }
SHORT.u, LONG.user = { "user", true }, { "user", true }
SHORT.b, LONG["detach-on"] = { "detach_on", true }, { "detach_on", true }
-- -D: the tracer a grandchild (-DD: own process group, -DDD: own session)
SHORT.D, LONG.daemonize = { "daemonize" }, { "daemonize_set", "opt" }
local DAEMONIZE = { grandchild = 1, pgroup = 2, pgrp = 2, session = 3 }
SHORT.n, LONG["syscall-number"] = { "syscall_number" }, { "syscall_number" }
SHORT.a, LONG.columns = { "column", true }, { "column", true }
SHORT.q = { "quiet_count" }
LONG.quiet = { "quiet", true }
SHORT.A, LONG["output-append-mode"] = { "append" }, { "append" }
LONG["output-separately"] = { "separately" }
SHORT.x, LONG["strings-in-hex"] = { "hex" }, { "strings_in_hex", true }
SHORT.y, LONG["decode-fds"] = { "decode_fds" }, { "decode_fds_set", true }
SHORT.Y, LONG["decode-pids"] = { "decode_pids" }, { "decode_pids_set", true }
SHORT.X, LONG["const-print-style"] = { "xlat_style", true }, { "xlat_style", true }
SHORT.k, LONG["stack-traces"] = { "stack" }, { "stack" }
SHORT.P, LONG["trace-path"] = { "trace_path", true }, { "trace_path", true }
SHORT.I, LONG.interruptible = { "interruptible", true }, { "interruptible", true }
LONG["instruction-pointer"] = { "instruction_pointer" }
LONG["always-show-pid"] = { "always_show_pid" }
LONG.abbrev, LONG.verbose, LONG.raw = { "abbrev", true }, { "verbose_set", true }, { "raw", true }
LONG.read, LONG.write = { "read", true }, { "write", true }
LONG.inject, LONG.fault = { "inject", true }, { "fault", true }
SHORT.N, LONG["arg-names"] = { "arg_names" }, { "arg_names" }
LONG.color, LONG.colour = { "color", true }, { "color", true }
LONG["no-color"] = { "no_color" }

local COUNTED = { follow = true, timestamps = true, quiet_count = true, hex = true,
                  decode_fds = true, decode_pids = true, daemonize = true }

-- seccomp-bpf stop selection: on by default here; the flags are strace's.
LONG["seccomp-bpf"], LONG["no-seccomp-bpf"] = { "seccomp_on" }, { "seccomp_off" }
LONG.cosched = { "cosched" }
-- --low-latency=auto acts on machines of at most this many CPUs
local AUTO_LOWLAT_CPUS = 16
LONG["low-latency"], LONG["no-low-latency"] = { "low_latency", true }, { "no_low_latency" }

-- Split argv into (option name, value) pairs and the command.  Options
-- stop at the first non-option (strace's getopt uses '+').
local function tokenize(argv)
  local out, i = {}, 1
  while i <= #argv do
    local a = argv[i]
    if a == "--" then i = i + 1; break end
    if a:sub(1, 2) == "--" then
      local name, val = a:match("^%-%-([^=]+)=(.*)$")
      name = name or a:sub(3)
      local spec = LONG[name]
      if not spec then return nil, ("unrecognized option '%s'"):format(a) end
      if spec[2] == true and val == nil then
        i = i + 1
        val = argv[i]
        if val == nil then return nil, ("option '--%s' requires an argument"):format(name) end
      elseif not spec[2] and val ~= nil then
        return nil, ("option '--%s' doesn't allow an argument"):format(name)
      end
      out[#out + 1] = { spec[1], val }
    elseif a:sub(1, 1) == "-" and #a > 1 then
      local j = 2
      while j <= #a do
        local c = a:sub(j, j)
        local spec = SHORT[c]
        if not spec then return nil, ("invalid option -- '%s'"):format(c) end
        if spec[2] then
          local val = a:sub(j + 1)
          if val == "" then
            i = i + 1
            val = argv[i]
            if val == nil then return nil, ("option requires an argument -- '%s'"):format(c) end
          end
          out[#out + 1] = { spec[1], val }
          break
        end
        out[#out + 1] = { spec[1] }
        j = j + 1
      end
    else
      break
    end
    i = i + 1
  end
  local command = {}
  for k = i, #argv do command[#command + 1] = argv[k] end
  return out, command
end

local function add_trace(opts, spec)
  local set, err = filter.syscalls(spec)
  if not set then return err end
  opts.trace = opts.trace or {}
  for nr in pairs(set) do opts.trace[nr] = true end
end

local function set_status(opts, spec)
  local set, err = filter.statuses(spec)
  if not set then return err end
  opts.status = set
end

-- A number the way strace reads one: decimal digits, at most INT_MAX;
-- nil for anything else ("1e3", "0x10", "-1", 2^64...).
local function uint(s)
  local n = s:match("^%d+$") and math.tointeger(tonumber(s))
  if n and n <= 0x7fffffff then return n end
  return nil
end

-- A set of descriptors (-e read=, -e write=): numbers, all, none, !
local function fd_set(spec)
  local negate = spec:sub(1, 1) == "!"
  if negate then spec = spec:sub(2) end
  local set = { all = false }
  for item in (spec .. ","):gmatch("([^,]*),") do
    if item == "all" then set.all = true
    elseif item == "none" then -- nothing
    elseif uint(item) then set[uint(item)] = true
    else return nil, ("invalid descriptor '%s'"):format(item) end
  end
  if negate then
    local inner = set
    return setmetatable({}, { __index = function(_, fd)
      return not (inner.all or inner[fd]) end })
  end
  if set.all then return setmetatable({}, { __index = function() return true end }) end
  return set
end

local QUIET = { attach = true, exit = true, ["path-resolution"] = true,
                personality = true, ["thread-execve"] = true, superseded = true }

local function quiet_set(opts, spec)
  local negate = spec:sub(1, 1) == "!"
  if negate then spec = spec:sub(2) end
  local set = {}
  for item in (spec .. ","):gmatch("([^,]*),") do
    if item == "all" then for k in pairs(QUIET) do set[k] = true end
    elseif item == "none" then -- nothing
    elseif QUIET[item] then set[item] = true
    else return ("invalid quiet '%s'"):format(item) end
  end
  if negate then
    local inv = {}
    for k in pairs(QUIET) do if not set[k] then inv[k] = true end end
    set = inv
  end
  opts.quiet = set
end

local DECODE_FDS = { all = true, none = true, path = true, socket = true, dev = true, pidfd = true }
local FD_DETAILS = { "path", "socket", "dev", "pidfd" }

-- -e QUALIFIER=SET (a bare SET means trace=SET)
local function qualify(opts, expr)
  local what, set = expr:match("^([%w_-]+)=(.*)$")
  if not what then what, set = "trace", expr end
  if what == "trace" or what == "t" then return add_trace(opts, set) end
  if what == "status" then return set_status(opts, set) end
  if what == "abbrev" or what == "a" or what == "verbose" or what == "v" or what == "raw" or what == "x" then
    local key = ({ a = "abbrev", v = "verbose_set", verbose = "verbose_set", x = "raw" })[what] or what
    local s, err = filter.syscalls(set)
    if not s then return err end
    opts[key] = s
    return
  end
  if what == "read" or what == "r" or what == "write" or what == "w" then
    local s, err = fd_set(set)
    if not s then return err end
    opts[(what == "r" or what == "read") and "dump_read" or "dump_write"] = s
    return
  end
  if what == "quiet" or what == "silent" or what == "silence" or what == "q" then
    return quiet_set(opts, set)
  end
  if what == "inject" or what == "fault" then
    local r, err = require("moontrace.tamper").parse(set, what)
    if not r then return err end
    opts.inject = opts.inject or {}
    table.insert(opts.inject, r)
    return
  end
  if what == "decode-fds" then
    -- a set of details: path, socket, dev, pidfd (-y is path, -yy all)
    local negate, items = set:match("^(!?)(.*)$")
    local chosen = {}
    for item in (items .. ","):gmatch("([^,]*),") do
      if not DECODE_FDS[item] then return ("invalid decode-fds '%s'"):format(item) end
      if item == "all" then for _, d in ipairs(FD_DETAILS) do chosen[d] = true end
      elseif item ~= "none" then chosen[item] = true end
    end
    if negate == "!" then
      for _, d in ipairs(FD_DETAILS) do chosen[d] = not chosen[d] or nil end
    end
    opts.fd_details = chosen
    return
  end
  if what == "signal" or what == "signals" or what == "s" then
    local s, err = filter.signals(set)
    if not s then return err end
    opts.signals = s
    return
  end
  return ("invalid -e qualifier '%s'"):format(what)
end

-- -c, -C, -S, -U, -O, -w: opts.summary is "only" (-c) or "both" (-C).
local function summary_option(opts, name, val)
  local count = require "moontrace.count"
  if name == "summary_only" or name == "summary_both" then
    local want = name == "summary_only" and "only" or "both"
    if opts.summary and opts.summary ~= want then
      return "-c/--summary-only and -C/--summary are mutually exclusive"
    end
    opts.summary = want
  elseif name == "summary_sort" then
    local key, err = count.sort_key(val)
    if not key then return err end
    opts.summary_sort = key
  elseif name == "summary_columns" then
    local cols, err = count.parse_columns(val)
    if not cols then return err end
    opts.summary_columns = cols
  elseif name == "summary_overhead" then
    local n = count.parse_overhead(val)
    if not n then return ("invalid -O argument: '%s'"):format(val) end
    opts.summary_overhead = n
  else
    opts[name] = true
  end
end

-- What strace says of summary options given without -c or -C.
local function summary_checks(opts)
  if opts.summary then return end
  if opts.summary_wall then
    return "-w/--summary-wall-clock must be given with (-c/--summary-only or -C/--summary)"
  end
  if opts.summary_columns then
    return "-U/--summary-columns must be given with (-c/--summary-only or -C/--summary)"
  end
  if opts.summary_sort then
    io.stderr:write("moontrace: -S/--summary-sort-by has no effect without (-c/--summary-only or -C/--summary)\n")
  end
end

local TS_FORMAT = { none = true, time = true, unix = true }
local TS_PRECISION = { s = true, ms = true, us = true, ns = true }
local HEX_STYLES = { none = true, ["non-ascii-chars"] = true, ["non-ascii"] = true, all = true }

-- Long options whose value is one of a few words, and those words.
local CHOICES = {
  color = { "auto", "always", "never" },
  low_latency = { "auto", "on", "off" },
}

-- Is val one of the given words? (the values of -X, --color, -I ...)
local function one_of(val, ...)
  for i = 1, select("#", ...) do
    if val == select(i, ...) then return true end
  end
  return false
end

local function parse(argv)
  local tokens, command = tokenize(argv)
  if not tokens then return nil, command end
  local opts = { strsize = 32, pids = {}, scripts = {}, command = command }
  for _, tok in ipairs(tokens) do
    local name, val = tok[1], tok[2]
    local err
    if name == "attach" then
      for p in (val .. ","):gmatch("([^,]*),") do
        local n = uint(p)
        if not n or n == 0 then
          return nil, ("Invalid process id: '%s'"):format(p)
        end
        opts.pids[#opts.pids + 1] = n
      end
    elseif name == "expr" then
      err = qualify(opts, val)
    elseif name == "trace" then
      err = add_trace(opts, val)
    elseif name == "status" then
      err = set_status(opts, val)
    elseif name == "signal" then
      err = qualify(opts, "signal=" .. val)
    elseif name == "successful" then
      opts.status = { successful = true }
    elseif name == "failed" then
      opts.status = { failed = true }
    elseif name == "output" then
      opts.output = val
    elseif name == "strsize" then
      local n = uint(val)
      if not n then
        return nil, ("invalid -s argument: '%s'"):format(val)
      end
      opts.strsize = n
    elseif name == "verbose" then
      opts.verbose = true
    elseif name == "script" then
      opts.scripts[#opts.scripts + 1] = val
    elseif name == "script_help" or name == "new_script" then
      opts[name] = val
    elseif name == "seccomp_on" or name == "seccomp_off" then
      opts.seccomp = name == "seccomp_on"
    elseif name:match("^summary_") then
      err = summary_option(opts, name, val)
    elseif COUNTED[name] then
      opts[name] = (opts[name] == true and 1 or opts[name] or 0) + 1
    elseif name == "column" then
      local n = uint(val)
      if not n then return nil, ("invalid -a argument: '%s'"):format(val) end
      opts.column = n
    elseif name == "absolute_timestamps" then
      -- [[format:]time|unix|none][,[precision:]s|ms|us|ns]
      local format, precision = "time", "s"
      for item in ((val or "") .. ","):gmatch("([^,]*),") do
        local key, v = item:match("^(%a+):(.*)$")
        if not key then v = item; key = TS_FORMAT[v] and "format" or TS_PRECISION[v] and "precision" end
        if key == "format" and TS_FORMAT[v] then format = v
        elseif key == "precision" and TS_PRECISION[v] then precision = v
        elseif item ~= "" or val == "" then
          return nil, ("invalid --absolute-timestamps argument: '%s'"):format(val)
        end
      end
      opts.abs_stamps = { format = format, precision = precision }
    elseif name == "relative" or name == "syscall_times" then
      if val and not TS_PRECISION[val] then
        return nil, ("invalid --%s argument: '%s'"):format(name == "relative" and "relative-timestamps"
          or "syscall-times", val)
      end
      opts[name] = true
      opts[name .. "_precision"] = val or "us"
    elseif name == "env" then
      if val == "" then return nil, "invalid -E argument: ''" end
      opts.env = opts.env or {}
      opts.env[#opts.env + 1] = val
    elseif name == "user" then
      opts.user = val
    elseif name == "daemonize_set" then
      local mode = DAEMONIZE[val or "grandchild"]
      if not mode then return nil, ("invalid --daemonize argument: '%s'"):format(val) end
      opts.daemonize = mode
    elseif name == "detach_on" then
      if val ~= "execve" then return nil, ("Syscall '%s' for -b isn't supported"):format(val) end
      opts.detach_on_execve = true
    elseif name == "strings_in_hex" then
      if not HEX_STYLES[val] then return nil, ("invalid --strings-in-hex argument: '%s'"):format(val) end
      opts.hex = (val == "all" and 2) or (val == "none" and 0) or 1
    elseif name == "decode_fds_set" then
      err = qualify(opts, "decode-fds=" .. val)
    elseif name == "decode_pids_set" then
      -- the set given replaces what -Y or an earlier --decode-pids chose
      opts.decode_pids, opts.pidns = 0, nil
      for item in (val .. ","):gmatch("([^,]*),") do
        if item ~= "comm" and item ~= "pidns" then return nil, ("invalid --decode-pids argument: '%s'"):format(val) end
        if item == "comm" then opts.decode_pids = 1 else opts.pidns = true end
      end
    elseif name == "xlat_style" then
      if not one_of(val, "raw", "abbrev", "verbose") then
        return nil, ("invalid -X argument: '%s'"):format(val)
      end
      opts.xlat_style = val
    elseif name == "trace_path" then
      opts.trace_paths = opts.trace_paths or {}
      opts.trace_paths[#opts.trace_paths + 1] = val
    elseif name == "quiet" then
      err = quiet_set(opts, val)
    elseif name == "abbrev" or name == "verbose_set" or name == "raw" or name == "read" or name == "write"
        or name == "inject" or name == "fault" then
      err = qualify(opts, name:gsub("_set$", "") .. "=" .. val)
    elseif CHOICES[name] then
      local words = CHOICES[name]
      if not one_of(val, table.unpack(words)) then
        return nil, ("invalid --%s argument: '%s' (%s or %s)"):format((name:gsub("_", "-")), val,
          table.concat(words, ", ", 1, #words - 1), words[#words])
      end
      opts[name] = val
    elseif name == "no_color" then
      opts.color = "never"
    elseif name == "no_low_latency" then
      opts.low_latency = "off"
    elseif name == "interruptible" then
      if not (val:match("^[1-4]$") or one_of(val, "anywhere", "waiting", "never", "never_tstp")) then
        return nil, ("invalid -I argument: '%s'"):format(val)
      end
      opts.interruptible = val
    else
      opts[name] = true
    end
    if err then return nil, err end
  end
  local err = summary_checks(opts)
  if err then return nil, err end
  -- counted flags: -ff means one file per process; -q, -qq, -qqq
  if type(opts.follow) == "number" then
    if opts.follow >= 2 then opts.separately = true end
    opts.follow = opts.follow >= 1
  end
  if opts.quiet_count and not opts.quiet then
    local q = opts.quiet_count
    opts.quiet = { attach = true, personality = true, exit = q >= 2 or nil,
                   ["path-resolution"] = q >= 3 or nil, ["thread-execve"] = q >= 3 or nil,
                   superseded = q >= 3 or nil }
  end
  if opts.separately and not opts.output then
    opts.separately = nil   -- as strace: -ff without -o is -f
  end
  -- timestamps: -t (time), -tt (time, us), -ttt (unix, us), or the long form
  if opts.timestamps and opts.abs_stamps then
    return nil, "-t and --absolute-timestamps cannot be provided simultaneously"
  end
  local t = opts.timestamps or 0
  if t > 0 then
    opts.abs_stamps = { format = t >= 3 and "unix" or "time", precision = t >= 2 and "us" or "s" }
  end
  if opts.abs_stamps and opts.abs_stamps.format == "none" then opts.abs_stamps = nil end
  opts.timestamps = opts.abs_stamps and 1 or 0
  opts.hex = opts.hex or 0
  if opts.daemonize and opts.daemonize > 3 then
    return nil, ("Too many -D's (%d), maximum supported -D count is 3"):format(opts.daemonize)
  end
  if opts.daemonize and #opts.command == 0 then
    return nil, "PROG [ARGS] must be specified with -D/--daemonize"
  end
  -- -y: paths; -yy: everything; -e decode-fds=SET: the details chosen
  if opts.decode_fds and opts.fd_details then
    return nil, "-y and --decode-fds cannot be provided simultaneously"
  end
  if not opts.fd_details then
    local y = opts.decode_fds or 0
    opts.fd_details = y >= 2 and { path = true, socket = true, dev = true, pidfd = true }
      or y == 1 and { path = true } or {}
  end
  local d = opts.fd_details
  opts.decode_fds = (d.socket or d.dev or d.pidfd) and 2 or d.path and 1 or 0
  return opts
end

-- argv -> options, or nil and one line saying what is wrong.  The line quotes
-- the bad text; its control bytes are shown escaped (\012), never sent raw.
function M.parse(argv)
  local opts, err = parse(argv)
  if opts then return opts end
  return nil, (err:gsub("[%c\127]", function(c) return ("\\%03o"):format(c:byte()) end))
end

-- The trace output: stderr or a file.  Fully buffered (one write(2) per
-- few kilobytes, not per line), except on a terminal, where it is
-- line-buffered; flushed at exit and when a signal arrives.  A file is
-- close-on-exec: the traced program must not inherit it (strace's fds).
local function open_output(opts)
  if not opts.output then
    if core.isatty(2) then io.stderr:setvbuf("line") else io.stderr:setvbuf("full", 1 << 16) end
    return io.stderr, true
  end
  local first = opts.output:sub(1, 1)
  if first == "|" or first == "!" then
    -- -o '|command': the trace is piped into a shell command
    local p, perr = io.popen(opts.output:sub(2), "w")
    if not p then return nil, ("Can't popen '%s': %s"):format(opts.output:sub(2), perr) end
    core.cloexec(p)
    p:setvbuf("line")
    return p, false
  end
  if opts.separately then
    -- -ff: the view opens FILE.PID for each process; nothing to open here
    return io.stderr, false
  end
  local f, err = io.open(opts.output, opts.append and "a" or "w")
  if not f then return nil, ("Can't fopen '%s': %s"):format(opts.output, err:match(": (.*)$") or err) end
  core.cloexec(f)
  f:setvbuf("full", 1 << 16)
  return f, false
end

-- The kernel runs a setuid or setgid program without its privileges while
-- it is traced, unless the tracer may trace anything (CAP_SYS_PTRACE): say
-- so, or the program's failures would be puzzling.  nil when it keeps them.
function M.setid_notice(path)
  local st = core.stat(path)
  if not st or st.mode & 0xc00 == 0 then return nil end
  local f = io.open("/proc/self/status")
  local status = f and f:read("a") or ""
  if f then f:close() end
  local cap = tonumber(status:match("\nCapEff:%s*(%x+)") or "0", 16) or 0
  if cap & (1 << 19) ~= 0 then return nil end   -- CAP_SYS_PTRACE
  local euid = tonumber(status:match("\nUid:%s*%d+%s+(%d+)"))
  local egid = tonumber(status:match("\nGid:%s*%d+%s+(%d+)"))
  local suid = st.mode & 0x800 ~= 0 and st.uid ~= euid
  local sgid = st.mode & 0x400 ~= 0 and st.gid ~= egid
  if not (suid or sgid) then return nil end
  return ("moontrace: %s is %s: it runs without its privileges while traced")
    :format(path, suid and "setuid" or "setgid")
end

-- Our environment changed by -E: "NAME=value" sets, "NAME" removes.
function M.environment(changes)
  local env, where = {}, {}
  for _, kv in ipairs(core.environ()) do
    env[#env + 1] = kv
    where[kv:match("^[^=]*")] = #env
  end
  for _, c in ipairs(changes) do
    local name = c:match("^[^=]*")
    local at = where[name]
    if c:find("=", 1, true) then
      if at then env[at] = c else env[#env + 1] = c; where[name] = #env end
    elseif at then
      env[at] = false
      where[name] = nil
    end
  end
  local out = {}
  for _, kv in ipairs(env) do if kv then out[#out + 1] = kv end end
  return out
end

function M.main(argv)
  local opts, err = M.parse(argv)
  if not opts then return die(err .. " (see 'moontrace -h')") end
  if opts.help then io.stdout:write(USAGE) return 0 end
  if opts.version then
    io.stdout:write(("moontrace -- version %s (Lua %s)\n"):format(mt.version, _VERSION:match("%d.*")))
    return 0
  end
  if opts.list_scripts then
    for _, s in ipairs(scripts.list()) do
      io.stdout:write(("%-16s %s\n"):format(s.name, s.summary or ""))
    end
    return 0
  end
  if opts.script_help then
    local src, e = scripts.find((scripts.parse_spec(opts.script_help)))
    if not src then return die(e) end
    io.stdout:write(scripts.header(src), "\n")
    return 0
  end
  if opts.new_script then return require("moontrace.skeleton").main(opts.new_script) end
  if #opts.command == 0 and #opts.pids == 0 then
    return die("must have PROG [ARGS] or -p PID (see 'moontrace -h')")
  end
  if #opts.command > 0 and #opts.pids > 0 then
    -- strace allows both; so do we: the command is spawned, the pids attached
  end

  -- Resolve the command before anything starts, like strace.
  local path
  if #opts.command > 0 then
    local e
    path, e = mt.find_command(opts.command[1])
    if not path then return die(e) end
  end

  local out, is_stderr = open_output(opts)
  if not out then return die(is_stderr) end
  opts.out, opts.out_is_stderr = out, is_stderr
  -- -i: a prompt may come between the halves of a line (moontrace.repl)
  if opts.interactive and is_stderr then opts.out = require("moontrace.repl").wrap_output(out) end

  local session = mt.session{ follow = opts.follow }
  -- -b execve: attached processes go at their next execve too
  session.detach_on_exec = opts.detach_on_execve and {} or nil
  session.strict = opts.strict
  opts.session = session
  -- repl() in a hook opens the prompt at that stop (lua/moontrace/repl.lua)
  _G.repl = function(ev) return require("moontrace.repl").breakpoint(session, opts, ev) end

  -- The default view, unless scripts replace it.
  -- User scripts first: their hooks run before the view's, so they can
  -- keep a line out of it (ev.quiet = true).
  local to_load = {}
  if opts.inject then to_load[1] = "tamper" end   -- first: it changes results
  for _, s in ipairs(opts.scripts) do to_load[#to_load + 1] = s end
  if #opts.scripts == 0 and opts.summary ~= "only" then
    to_load[#to_load + 1] = opts.json and "json" or "strace"
  end
  if opts.summary then to_load[#to_load + 1] = "summary" end
  local loaded = {}
  for _, spec in ipairs(to_load) do
    local sc, e = scripts.load(spec, session, opts)
    if not sc then return die(e) end
    loaded[#loaded + 1] = sc
  end

  -- The stop set: -e trace= narrows it; scripts may declare their own.
  local set = scripts.stop_set(loaded, opts.trace)
  session:set_traced(set)
  -- The REPL may widen the set later, which a filter could not follow.
  session.t:seccomp(opts.seccomp ~= false and not opts.interactive)
  -- Short wake-up latency while stops come fast (lowlat.c); root only:
  -- elsewhere "auto" quietly does without, "on" says why it cannot.  The
  -- request makes every idle CPU poll: "auto" leaves machines of more
  -- than AUTO_LOWLAT_CPUS CPUs alone, where that is too much to take.
  -- (With -D, in the tracer once it is the grandchild: threads do not
  -- survive a fork.)
  local function speedups()
    if opts.cosched then session.t:cosched(true) end
    local lowlat = opts.low_latency or "auto"
    if lowlat == "auto" and core.ncpus() > AUTO_LOWLAT_CPUS then lowlat = "off" end
    if lowlat ~= "off" then
      local ok, msg = session.t:low_latency(lowlat)
      if not ok and lowlat == "on" then
        io.stderr:write("moontrace: --low-latency=on: /dev/cpu_dma_latency: ", tostring(msg), "\n")
      end
    end
  end
  if not opts.daemonize then speedups() end

  -- Signals.  Attached processes (-p) are detached on SIGHUP, SIGINT,
  -- SIGQUIT, SIGPIPE and SIGTERM and keep running.  A spawned command is
  -- never left behind half-traced: a terminal's SIGINT/SIGQUIT reach it
  -- anyway (same process group), SIGTERM and SIGHUP are passed on to it,
  -- and tracing goes on until it ends, so its exit status is ours.
  for _, sig in ipairs{ 1, 2, 3, 13, 15 } do core.catch_signal(sig) end
  session.on_signal = function(sig)
    out:flush()
    if session.attached then
      for _, pid in ipairs(session.t:detach_attached()) do
        io.stderr:write(("moontrace: Process %d detached\n"):format(pid))
        -- the view closes a line left open by the call it was in
        session:dispatch({ kind = "detached", pid = pid, time = core.now() })
      end
      session.attached = nil
      session.fatal_signal = sig
    end
    if session.first_pid and (sig == 1 or sig == 15) then
      core.kill(session.first_pid, sig)
    end
    if not session.first_pid then session.stopping = true end
  end

  for _, pid in ipairs(opts.pids) do
    local n, e = session:attach(pid)
    if not n then
      die(e)
      if #opts.pids == 1 and #opts.command == 0 then return 1 end
    elseif n == 1 then
      io.stderr:write(("moontrace: Process %d attached\n"):format(pid))
    else
      io.stderr:write(("moontrace: Process %d attached with %d threads\n"):format(pid, n))
    end
  end
  if path then
    local note = M.setid_notice(path)
    if note then io.stderr:write(note, "\n"); io.stderr:flush() end
    local argv0 = {}
    for i, a in ipairs(opts.command) do argv0[i] = a end
    if opts.user then
      local ok, _, ename = session.t:spawn_user(opts.user)
      if not ok then
        return die(ename == "EPERM" and "You must be root to use the -u option"
                   or ("Cannot find user '%s'"):format(opts.user))
      end
    end
    local env = opts.env and M.environment(opts.env)
    local pid, e
    if opts.daemonize then
      out:flush()
      io.stderr:flush()
      -- from here on this process is the program; the tracer a grandchild
      pid, e = session.t:spawn_daemon(path, argv0, env, opts.daemonize)
      if pid then speedups() end
    else
      pid, e = session.t:spawn(path, argv0, env)
    end
    if not pid then return die(e) end
    session.first_pid = pid
    if opts.detach_on_execve then session.detach_on_exec[pid] = true end
    session:emit_attach(pid, "spawn")
  end
  if session.t:count() == 0 then return 1 end

  local status
  if opts.interactive then
    status = require("moontrace.repl").run(session, opts)
  else
    status = session:run()
  end
  if session.fatal_signal then
    -- spawned tracees get the signal we got; attached ones were detached
    status = 128 + session.fatal_signal
  end
  out:flush()
  if out ~= io.stderr then out:close() end
  -- Children that inherited the seccomp filter without -f are followed
  -- quietly: without a tracer their traced calls would fail with ENOSYS.
  -- Serve them until they exit; a fatal signal ends that (they are
  -- killed with us, as spawned tracees are).
  while true do
    local done, _, errname = session.t:drain()
    if done or errname ~= "EINTR" then break end
    local sig = core.pending_signal()
    if sig and sig ~= 13 then break end
  end
  return status
end

return M
