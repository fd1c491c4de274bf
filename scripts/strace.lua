-- strace: the default view, strace's own output format.
--
-- Runs when no other script is given (or with `-l strace` next to others).
--   moontrace -f -o trace.txt make
--   openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
--
-- Each syscall prints "name(" and the arguments known at entry, then the
-- rest and "= result" at exit.  When another tracee prints in between, the
-- line is closed with " <unfinished ...>" and resumed later with
-- "<... name resumed>", as strace does.  Options read here: -f -ff -o -A
-- -s -v -x -y -t -tt -ttt -r -T -n -a -q -Y -k -P --instruction-pointer
-- --always-show-pid and -e trace/status/signal/raw/abbrev/quiet/read/write.
--
-- Another script's hook can keep a call out of this view by setting
-- ev.quiet = true at its entry (or at its exit, with -z/-Z, where lines
-- wait for the result).

local fmt = require "moontrace.fmt"
local decode = require "moontrace.decode"
local line = require "moontrace.line"
local core = mt.core

local decoders = decode.decoders
line.setup(opts)
local color = require "moontrace.color"
color.init(opts.color or "auto", opts.out_is_stderr and core.isatty(2) or false, opts.separately)
local paint, cargs = color.paint, color.args

local selected = opts.trace          -- nil: every syscall the core reports
local status = opts.status           -- nil: every call, whatever its result
local signal_set = opts.signals      -- nil: every signal
local quiet = opts.quiet or {}
local raw = opts.raw                 -- syscalls printed undecoded
local abbrev = opts.abbrev           -- with -v: syscalls still abbreviated
local to_file = opts.output ~= nil
local separately = opts.separately   -- -ff: FILE.PID per process
local column = opts.column or 40
local stamp = opts.timestamps or 0
local dump_read, dump_write = opts.dump_read, opts.dump_write

-- ---- output streams --------------------------------------------------------

local files = {}                     -- -ff: pid -> its file
local function stream(pid)
  if not separately then return out end
  local f = files[pid]
  if not f then
    local err
    f, err = io.open(("%s.%d"):format(opts.output, pid), opts.append and "a" or "w")
    if not f then error(err) end
    core.cloexec(f)               -- not inherited by the traced programs
    f:setvbuf("full", 1 << 16)
    files[pid] = f
  end
  return f
end

-- One open line at a time (one per process with -ff): its pid and column.
local cur = nil
local col = 0
local cols = {}                      -- -ff: pid -> column of its open line
local calls = {}                     -- pid -> syscall in progress: { name, dec, text }
local spare = {}                     -- pid -> its last call's record, reused: no garbage per call
local nprocs = 0
local known = {}
local last_stamp                     -- -r: when the previous line began

-- visible: the text's width when s carries colour sequences
local function write(pid, s, visible)
  if not separately then
    out:write(s)
    col = col + (visible or #s)
    return
  end
  stream(pid):write(s)
  local w = visible or #s
  if separately then cols[pid] = (cols[pid] or 0) + w else col = col + w end
end

-- "name(args" with colours when enabled
local function head(name, text)
  if not color.enabled then return name .. "(" .. text end
  return paint("syscall", name) .. "(" .. cargs(text), #name + 1 + #text
end

local argnames = opts.arg_names        -- -N: name=value arguments
local tampered = opts.tampered     -- calls -e inject= may change (tamper.lua)
local result_text = line.result_text
local function result(ev, d)
  local r = result_text(ev, d)
  if tampered and tampered[ev.nr] then
    if ev.injected then r = r .. " (INJECTED)" elseif ev.delayed then r = r .. " (DELAYED)" end
  end
  if not color.enabled then return r end
  return paint(ev.err ~= 0 and "error" or "retval", r)
end

local function column_of(pid)
  if separately then return cols[pid] or 0 end
  return col
end

-- -Y: the command name, read at each line (it changes at exec), the last
-- one kept for lines printed after the process is gone
local comms = {}
local function comm(pid)
  local f = io.open(("/proc/%d/comm"):format(pid))
  if f then
    comms[pid] = f:read("l") or comms[pid]
    f:close()
  end
  return comms[pid] and ("<" .. comms[pid] .. ">") or ""
end

local tags = {}                      -- pid -> "1234  ", the -f -o prefix
local function pid_prefix(pid)
  if separately then return "" end
  local c = opts.decode_pids and opts.decode_pids > 0 and comm(pid) or ""
  if to_file and (opts.follow or #opts.pids > 1) then
    if c ~= "" then return ("%d%s "):format(pid, c) end
    local tag = tags[pid]
    if not tag then tag = ("%-5d "):format(pid); tags[pid] = tag end
    return tag
  end
  if nprocs > 1 or opts.always_show_pid then return ("[pid %5d%s] "):format(pid, c) end
  return ""
end

-- Timestamps at a precision (-t/-r/-T and their long forms): nanoseconds
-- cut to s, ms, us or ns.  fraction(ns, "ms") -> ".123"
local DIVISOR = { s = 1000000000, ms = 1000000, us = 1000, ns = 1 }
local FRACTION = { s = "", ms = ".%03d", us = ".%06d", ns = ".%09d" }
local function fraction(ns, precision)
  if precision == "s" then return "" end
  return FRACTION[precision]:format(ns % 1000000000 // DIVISOR[precision])
end
local abs = opts.abs_stamps
local rel_precision = opts.relative_precision or "us"
local dur_precision = opts.syscall_times_precision or "us"

-- t: seconds; ns: the same in whole nanoseconds when known (ev.time_ns)
local function time_prefix(t, ns)
  ns = ns or math.floor(t * 1e9)
  local s = ""
  if abs then
    local sec = ns // 1000000000
    s = (abs.format == "unix" and ("%d"):format(sec) or os.date("%H:%M:%S", sec)) ..
      fraction(ns, abs.precision) .. " "
  end
  if opts.relative then
    local d = last_stamp and (ns - last_stamp) or 0
    if d < 0 then d = 0 end       -- an exact stamp after one from a float
    last_stamp = ns
    s = s .. ("%6d"):format(d // 1000000000) .. fraction(d, rel_precision) .. " "
  end
  return s
end

-- No pid, time, ip or number before a line: begin_line has nothing to do.
local bare = not separately and not (opts.decode_pids and opts.decode_pids > 0)
  and not (to_file and (opts.follow or #opts.pids > 1)) and not opts.always_show_pid
  and stamp == 0 and not opts.relative and not opts.instruction_pointer
  and not opts.syscall_number

-- Close another tracee's open line, then start one for pid.
local function begin_line(pid, ev, t)
  if cur and cur ~= pid and not separately then
    out:write(" <unfinished ...>\n")
    local c = calls[cur]
    if c then c.unfinished = true end
  end
  if separately then cols[pid] = 0 else col = 0 end
  cur = pid
  if bare and nprocs <= 1 then return end
  local p = pid_prefix(pid) .. time_prefix(t or (ev and ev.time) or core.now(), not t and ev and ev.time_ns)
  if opts.instruction_pointer then
    p = p .. (ev and ev.ip and ("[%016x] "):format(ev.ip) or "[????????????????] ")
  end
  if opts.syscall_number then
    local nr = ev and ev.nr or (calls[pid] and calls[pid].nr)
    p = p .. (nr and nr >= 0 and ("[%4d] "):format(nr) or "")
  end
  write(pid, p)
end

local function end_line(pid)
  if separately then stream(pid):write("\n") else out:write("\n") end
  if cur == pid then cur = nil end
end

local function note_process(pid)
  if known[pid] then return end
  known[pid] = true
  nprocs = nprocs + 1
end

local function forget_process(pid)
  tags[pid], spare[pid] = nil, nil
  if known[pid] then known[pid] = nil; nprocs = nprocs - 1 end
  if files[pid] then files[pid]:close(); files[pid] = nil end
  comms[pid] = nil
end

local function say_attached(pid)
  -- strace writes this to stderr; with -o it stays out of the trace
  if not to_file and not quiet.attach then
    out:write(("moontrace: Process %d attached\n"):format(pid))
  end
end

-- pre (arguments printed at exit, `visible` columns wide), then ") = result"
-- padded to the -a column, then -T's duration, and the line ends: one
-- write for all of it
local function finish(pid, result, dur, pre, visible)
  pre = pre or ""
  local t = line.tail(column_of(pid) + (visible or #pre), result, column)
  if opts.syscall_times and dur then
    local ns = math.floor(dur * 1e9 + 0.5)
    t = t .. " <" .. ns // 1000000000 .. fraction(ns, dur_precision) .. ">"
  end
  if separately then
    stream(pid):write(pre, t, "\n")
    cols[pid] = 0
  else
    out:write(pre, t, "\n")
    col = 0
  end
  if cur == pid then cur = nil end
end

local function wanted_status(ev)
  if not status then return true end
  if ev.err ~= 0 then return status.failed end
  return status.successful
end

-- -e write=FDS / -e read=FDS: strace's hex dump of the data
local function hexdump(pid, data)
  for off = 0, #data - 1, 16 do
    local chunk = data:sub(off + 1, off + 16)
    local hex, ascii = {}, {}
    for i = 1, 16 do
      local b = chunk:byte(i)
      hex[#hex + 1] = b and ("%02x "):format(b) or "   "
      if i == 8 then hex[#hex + 1] = " " end
      ascii[i] = b and ((b >= 32 and b < 127) and string.char(b) or ".") or " "
    end
    stream(pid):write((" | %05x  %s %s |\n"):format(off, table.concat(hex), table.concat(ascii)))
  end
end

local DUMP_WRITE = { write = 2, pwrite64 = 2, sendto = 2, send = 2 }
local DUMP_READ = { read = 2, pread64 = 2, recvfrom = 2, recv = 2 }

local function dump(ev)
  if not (dump_write or dump_read) or ev.err ~= 0 or ev.ret <= 0 then return end
  local fd = fmt.s32(ev.args[1])
  if dump_write and DUMP_WRITE[ev.name] and dump_write[fd] then
    local data = ev:read(ev.args[DUMP_WRITE[ev.name]], math.min(ev.ret, 1 << 20))
    if data then hexdump(ev.pid, data) end
  elseif dump_read and DUMP_READ[ev.name] and dump_read[fd] then
    local data = ev:read(ev.args[DUMP_READ[ev.name]], math.min(ev.ret, 1 << 20))
    if data then hexdump(ev.pid, data) end
  end
end

-- -k: the stack of each call, printed after its line (after the exit line
-- for a call that never returns), as strace does
local stack = opts.stack and require "moontrace.stack"
local maps_bit = mt.classes.maps

local function print_stack(pid, frames)
  if not frames then return end
  local w = stream(pid)
  for _, fr in ipairs(frames) do w:write(stack.text(fr), "\n") end
end

-- -P PATH: only calls that name the path or use a descriptor open on it
local trace_paths = opts.trace_paths
local path_ok
if trace_paths then
  local paths = require "moontrace.paths"
  local want = {}
  for _, p in ipairs(trace_paths) do want[p] = true end
  path_ok = function(ev)
    for _, p in ipairs(paths.resolved(ev)) do if p and want[p] then return true end end
    local sc = mt.syscalls[ev.nr]
    if sc and sc.classes & mt.classes.desc ~= 0 then
      local fd = fmt.s32(ev.args[1])
      local target = fd >= 0 and core.readlink(("/proc/%d/fd/%d"):format(ev.pid, fd))
      if target and want[target] then return true end
    end
    return false
  end
end

-- Per-call verbosity: -v, unless -e abbrev= names this call; structures
-- only for the calls -e verbose= names (all by default).
local verbose_set = opts.verbose_set
local function set_verbosity(ev)
  if abbrev then fmt.opts.verbose = opts.verbose and not abbrev[ev.nr] or false end
  if verbose_set then fmt.opts.noderef = not verbose_set[ev.nr] end
end

-- ---- hooks -------------------------------------------------------------

on("attach", function(ev)
  note_process(ev.pid)
end)

-- The hooks below run at every stop: they read each field once, and the
-- plain case (no colour, no -ff, no per-call options) writes straight out.
local colored = color.enabled
local per_call = abbrev or verbose_set
local tail_head = line.tail_head
-- the end of a line is text, padding, result: no colour, no -ff, no -T,
-- no (INJECTED) marks
local plain_end = not colored and not separately and not opts.syscall_times and not tampered
local RAW = line.RAW
local enter_text = line.enter_text

-- -Y, --decode-pids=pidns: a pid is read in the namespace of the process
-- that printed it (fmt.pid looks at fmt.ev)
if fmt.pid_outer then
  local function current(ev) fmt.ev = ev end
  on("enter", current)
  on("exit", current)
  on("signal", current)
end

on("enter", function(ev)
  local nr, pid = ev.nr, ev.pid
  if selected and not selected[nr] then return end
  if not known[pid] then note_process(pid) end
  local name = ev.name
  local d = raw and raw[nr] and RAW or decoders[name]   -- -e raw=SET: undecoded
  local c = spare[pid]
  if c then
    spare[pid] = nil
    c.quiet, c.text, c.frames, c.unfinished = nil, nil, nil, nil
  else
    c = {}
  end
  c.name, c.dec, c.nr = name, d, nr
  calls[pid] = c
  if ev.quiet or (path_ok and not path_ok(ev)) then c.quiet = true return end
  if per_call then set_verbosity(ev) end
  local en = d and d.enter
  local text = en and (en(ev, fmt) or "") or enter_text(ev, d)
  if argnames then text, c.argi = line.name_args(name, text, 1) end
  if status then
    c.text = text          -- the line waits for the result
    if stack then c.frames = stack.capture(session.t, pid) end
    return
  end
  if bare and nprocs <= 1 and (cur == nil or cur == pid) then
    cur = pid          -- begin_line() with nothing to do
    col = 0
  else
    begin_line(pid, ev)
  end
  if colored or separately then
    write(pid, head(name, text))
  else
    out:write(name, "(", text)
    col = col + #name + 1 + #text
  end
  if stack then c.frames = stack.capture(session.t, pid) end
end)

on("exit", function(ev)
  local nr, pid = ev.nr, ev.pid
  if selected and not selected[nr] then return end
  if not known[pid] then note_process(pid) end
  local c = calls[pid]
  local d
  if c then
    calls[pid] = nil
    spare[pid] = c
    if c.quiet then return end
    d = c.dec
  else
    if path_ok and not path_ok(ev) then return end
    d = raw and raw[nr] and RAW or decoders[ev.name]
  end
  if per_call then set_verbosity(ev) end
  local ex = d and d.exit
  local text = ex and (ex(ev, fmt) or "") or ""
  if status then
    if ev.quiet or not wanted_status(ev) then return end
    if argnames then text = line.name_args(ev.name, text, c and c.argi or 1) end
    begin_line(pid, ev, ev.entry_time)
    write(pid, head(ev.name, (c and c.text or "") .. text))
    finish(pid, result(ev, d), ev.dur)
    dump(ev)
    if stack then print_stack(pid, c and c.frames or stack.capture(session.t, pid)) end
    return
  end
  if argnames then text = line.name_args(ev.name, text, c and c.argi or 1) end
  if cur ~= pid and not separately then
    begin_line(pid, ev)
    write(pid, "<... " .. ev.name .. " resumed>")
  end
  if plain_end then
    -- finish() inlined: the plain case of every line
    out:write(text, tail_head(col + #text, column), result_text(ev, d), "\n")
    col = 0
    if cur == pid then cur = nil end
  else
    finish(pid, result(ev, d), ev.dur, colored and cargs(text) or text, #text)
  end
  if dump_read or dump_write then dump(ev) end
  if stack then
    print_stack(pid, c and c.frames or stack.capture(session.t, pid))
    local sc = mt.syscalls[nr]
    if sc and sc.classes & maps_bit ~= 0 then stack.invalidate(pid) end
  end
end)

-- A tracee that dies inside a syscall (exit_group, or killed) gets "= ?".
local pending_frames   -- -k: that call's stack, printed after the exit line
local function close_call(pid, ev)
  local c = calls[pid]
  if not c then return end
  pending_frames = c.frames
  calls[pid] = nil
  if status or c.quiet then return end
  if cur ~= pid and not separately then
    begin_line(pid, ev)
    write(pid, "<... " .. c.name .. " resumed>")
  end
  if c.dec and c.dec.exit then
    -- the decoder had more to print after the call, which never returned
    write(pid, " <unfinished ...>")
  end
  finish(pid, "?")
end

local function death(ev)
  pending_frames = nil
  close_call(ev.pid, ev)
  if not quiet.exit then
    begin_line(ev.pid, ev)
    write(ev.pid, line.format(ev))
    end_line(ev.pid)
  end
  if stack then
    print_stack(ev.pid, pending_frames)
    stack.invalidate(ev.pid)
  end
  forget_process(ev.pid)
end

on("exited", death)
on("killed", death)

on("signal", function(ev)
  note_process(ev.pid)
  if signal_set and not signal_set[ev.sig] then return end
  begin_line(ev.pid, ev)
  write(ev.pid, line.signal_text(ev))
  end_line(ev.pid)
end)

on("stop", function(ev)
  note_process(ev.pid)
  if signal_set and not signal_set[ev.sig] then return end
  begin_line(ev.pid, ev)
  write(ev.pid, line.format(ev))
  end_line(ev.pid)
end)

on("fork", function(ev)
  if not known[ev.child] then
    note_process(ev.child)
    say_attached(ev.child)
  end
end)

on("exec", function(ev)
  if ev.old_pid == ev.pid then return end
  -- a non-leader thread exec'd: the leader is gone, the caller is now pid;
  -- the call the leader was in ends as strace shows it: "<... resumed>) = ?"
  close_call(ev.pid, ev)
  if cur == ev.old_pid and not separately then
    -- nothing came between the execve's entry and now (the leader was not
    -- in a call): strace ends that line with the caller's new pid
    out:write((" <pid changed to %d ...>\n"):format(ev.pid))
    local c = calls[ev.old_pid]
    if c then c.unfinished = true end
    cur = nil
  end
  if not quiet.superseded and not quiet["thread-execve"] then
    begin_line(ev.pid, ev)
    write(ev.pid, ("+++ superseded by execve in pid %d +++"):format(ev.old_pid))
    end_line(ev.pid)
  end
  calls[ev.pid] = calls[ev.old_pid]
  calls[ev.old_pid] = nil
  if stack then stack.invalidate(ev.pid); stack.invalidate(ev.old_pid) end
  if cur == ev.old_pid then cur = nil end
  forget_process(ev.old_pid)
end)

-- Detached (-p, then Ctrl-C) in the middle of a call: its open line ends
-- with strace's mark.
on("detached", function(ev)
  local c = calls[ev.pid]
  calls[ev.pid] = nil
  if c and not c.quiet and not status and (separately or cur == ev.pid) then
    write(ev.pid, " <detached ...>")
    end_line(ev.pid)
  end
end)

on("finish", function()
  if cur and not separately then
    out:write("\n")   -- never leave a half line behind
    cur = nil
  end
  for pid, f in pairs(files) do f:close(); files[pid] = nil end
  out:flush()
end)
