-- Decoders for calls that reach into kernel subsystems: native AIO (io_setup,
-- io_submit, io_getevents, ...), timer_getoverrun, perf_event_open, bpf, the
-- new mount API (open_tree, move_mount, fsopen, fsconfig, fsmount, fspick,
-- mount_setattr), pivot_root, iopl/ioperm, ustat, sysfs, quotactl(_fd), and
-- the futex2 calls newer than strace 6.1 (futex_wake, futex_wait, futex_requeue).

local k = require "moontrace.xlat.kern"
local io_x = require "moontrace.xlat.io"
local poll_x = require "moontrace.xlat.poll"
local time_x = require "moontrace.xlat.time"
local desc = require "moontrace.decode.desc"
local file = require "moontrace.decode.file"
local signal = require "moontrace.decode.signal"
local sys = require "moontrace.decode.sys"

local D = {}

local unpack = string.unpack

local function fd_ret(ev, f) return f.fd(ev, ev.ret) end

-- ---- native AIO --------------------------------------------------------------------

local IOCB_SIZE, IO_EVENT_SIZE = 64, 32
local IOCB_FLAG_RESFD, IOCB_FLAG_IOPRIO = 1, 2
local CMD_PREAD, CMD_PWRITE, CMD_POLL, CMD_PREADV, CMD_PWRITEV = 0, 1, 5, 7, 8

-- The fields every iocb shows: data, key and rw_flags when set, the opcode,
-- reqprio when set, the descriptor.
local function iocb_head(ev, f, b)
  local data, key, rwf, op, prio, fildes, _, _, _, _, flags = unpack("<I8I4I4I2i2I4I8I8i8I8I4", b)
  local text = "{aio_data=" .. f.hex(data)
  if key ~= 0 then text = text .. ", aio_key=" .. f.udec(key) end
  if rwf ~= 0 then text = text .. ", aio_rw_flags=" .. f.flags(io_x.rwf, rwf, "RWF_???") end
  text = text .. ", aio_lio_opcode=" .. f.xval(k.iocb_cmd, op, "IOCB_CMD_???", "u")
  if prio ~= 0 then
    text = text .. ", aio_reqprio=" ..
      (flags & IOCB_FLAG_IOPRIO ~= 0 and f.styled(f.hex(prio & 0xffff), sys.ioprio_value(f, prio & 0xffff))
        or f.dec(prio))
  end
  return text .. ", aio_fildes=" .. f.fd(ev, fildes)
end

-- A whole iocb: the buffer as its opcode reads it, then the flags and resfd.
local function iocb(ev, f, b)
  local _, _, _, op, _, _, buf, nbytes, offset, _, flags, resfd =
    unpack("<I8I4I4I2i2I4I8I8i8I8I4I4", b)
  local text = iocb_head(ev, f, b)
  if op == CMD_PREAD or op == CMD_PWRITE then
    text = text .. ", aio_buf=" .. (op == CMD_PWRITE and f.buf(ev, buf, nbytes) or f.ptr(buf)) ..
      ", aio_nbytes=" .. f.udec(nbytes) .. ", aio_offset=" .. f.dec(offset)
  elseif op == CMD_PREADV or op == CMD_PWRITEV then
    text = text .. ", aio_buf=" .. desc.iovec(ev, f, buf, nbytes, nil, op == CMD_PREADV) ..
      ", aio_offset=" .. f.dec(offset)
  elseif op == CMD_POLL then
    text = text .. ", aio_buf=" .. f.flags(poll_x.poll, buf, "POLL???")
  else
    return text .. "}"
  end
  if flags ~= 0 then text = text .. ", aio_flags=" .. f.flags(k.iocb_flags, flags, "IOCB_FLAG_???") end
  if flags & IOCB_FLAG_RESFD ~= 0 then
    text = text .. ", aio_resfd=" .. f.fd(ev, resfd)
  elseif resfd ~= 0 then
    text = text .. ", aio_resfd=" .. f.hex(resfd)
  end
  return text .. "}"
end
D.iocb = iocb

local function io_event(f, b)
  local data, obj, res, res2 = unpack("<I8I8i8i8", b)
  return "{data=" .. f.hex(data) .. ", obj=" .. f.ptr(obj) .. ", res=" .. f.dec(res) ..
    ", res2=" .. f.dec(res2) .. "}"
end

local function events_out(ev, f, addr)
  if ev.err ~= 0 then return f.ptr(addr) end
  return f.array(ev, addr, ev.ret, IO_EVENT_SIZE, function(b) return io_event(f, b) end, true)
end

local function timeout(ev, f, addr)
  if addr == 0 then return "NULL" end
  return f.timespec(ev, addr)
end

D.io_setup = {
  enter = function(ev, f) return f.uint(ev.args[1]) .. ", " end,
  exit = function(ev, f) return f.num_at(ev, ev.args[2], "<I8", f.hex, true) end,
}

D.io_destroy = { enter = function(ev, f) return f.ptr(ev.args[1]) end }

D.io_submit = {
  enter = function(ev, f)
    local a = ev.args
    local text = f.ptr(a[1]) .. ", " .. f.dec(a[2]) .. ", "
    if a[2] < 0 then return text .. f.ptr(a[3]) end
    return text .. f.array(ev, a[3], a[2], 8, function(p)
      local addr = unpack("<I8", p)
      local b = f.umove(ev, addr, IOCB_SIZE)
      return b and iocb(ev, f, b) or f.ptr(addr)
    end)
  end,
}

D.io_cancel = {
  enter = function(ev, f)
    local b = f.umove(ev, ev.args[2], IOCB_SIZE)
    return f.ptr(ev.args[1]) .. ", " .. (b and iocb_head(ev, f, b) .. "}" or f.ptr(ev.args[2])) .. ", "
  end,
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[3], IO_EVENT_SIZE)
    return b and io_event(f, b) or f.ptr(ev.args[3])
  end,
}

D.io_getevents = {
  enter = function(ev, f)
    return f.ptr(ev.args[1]) .. ", " .. f.dec(ev.args[2]) .. ", " .. f.dec(ev.args[3]) .. ", "
  end,
  exit = function(ev, f)
    return events_out(ev, f, ev.args[4]) .. ", " .. timeout(ev, f, ev.args[5])
  end,
}

-- The sigmask and its size, as io_pgetevents takes them.
local function aio_sigset(ev, f, addr)
  if addr == 0 then return "NULL" end
  local b = f.umove(ev, addr, 16)
  if not b then return f.ptr(addr) end
  local mask, size = unpack("<I8I8", b)
  return "{sigmask=" .. signal.sigset_at(ev, f, mask, size) .. ", sigsetsize=" .. f.udec(size) .. "}"
end

D.io_pgetevents = {
  enter = D.io_getevents.enter,
  exit = function(ev, f)
    return D.io_getevents.exit(ev, f) .. ", " .. aio_sigset(ev, f, ev.args[6])
  end,
}

D.timer_getoverrun = { enter = function(ev, f) return f.int(ev.args[1]) end }

-- ---- perf_event_open ---------------------------------------------------------------

local PERF_TYPE_HARDWARE, PERF_TYPE_SOFTWARE, PERF_TYPE_TRACEPOINT = 0, 1, 2
local PERF_TYPE_HW_CACHE, PERF_TYPE_BREAKPOINT = 3, 5
local PERF_ATTR_SIZE_VER0, PERF_ATTR_SIZE_MAX = 64, 128
local SAMPLE_BRANCH_STACK, SAMPLE_STACK_USER = 0x800, 0x2000

local function perf_config(f, ptype, config)
  if ptype == PERF_TYPE_HARDWARE then return f.xval(k.perf_hw_id, config, "PERF_COUNT_HW_???") end
  if ptype == PERF_TYPE_SOFTWARE then return f.xval(k.perf_sw_ids, config, "PERF_COUNT_SW_???") end
  if ptype == PERF_TYPE_TRACEPOINT then return f.udec(config) end
  if ptype == PERF_TYPE_HW_CACHE then
    local text = f.xval(k.perf_hw_cache_op_result_id, (config >> 16) & 0xff,
        "PERF_COUNT_HW_CACHE_RESULT_???") .. "<<16|" ..
      f.xval(k.perf_hw_cache_op_id, (config >> 8) & 0xff, "PERF_COUNT_HW_CACHE_OP_???") .. "<<8|" ..
      f.xval(k.perf_hw_cache_id, config & 0xff, "PERF_COUNT_HW_CACHE_???")
    if config >> 24 ~= 0 then text = f.hex((config >> 24) << 24) .. "|" .. text end
    return text
  end
  return f.hex(config)
end

local function perf_attr(ev, f, addr)
  local head = f.umove(ev, addr, 8)
  if not head then return f.ptr(addr) end
  local ptype, size = unpack("<I4I4", head)
  local used = size == 0 and PERF_ATTR_SIZE_VER0 or size
  if used < PERF_ATTR_SIZE_VER0 then return f.ptr(addr) end
  local b = f.umove(ev, addr, math.min(used, PERF_ATTR_SIZE_MAX))
  if not b then return f.ptr(addr) end
  b = b .. ("\0"):rep(PERF_ATTR_SIZE_MAX - #b)
  local config, period, stype, rformat, bits = unpack("<I8I8I8I8I8", b, 9)
  local out = {
    "type=" .. f.xval(k.perf_type_id, ptype, "PERF_TYPE_???"),
    "size=" .. f.xval(k.perf_attr_size, size, "PERF_ATTR_SIZE_???"),
    "config=" .. perf_config(f, ptype, config),
    (bits & (1 << 10) ~= 0 and "sample_freq=" or "sample_period=") .. f.udec(period),
    "sample_type=" .. f.flags(k.perf_sample_type, stype, "PERF_SAMPLE_???"),
    "read_format=" .. f.flags(k.perf_read_format, rformat, "PERF_FORMAT_???"),
  }
  local verbose = f.opts.verbose
  for i, name in ipairs(k.perf_bits) do
    if name == "precise_ip" then
      local p = (bits >> 15) & 3
      out[#out + 1] = "precise_ip=" .. p .. " /* " .. k.precise_ip[p] .. " */"
    elseif name then
      local v = (bits >> (i - 1)) & 1
      if verbose or v ~= 0 then out[#out + 1] = name .. "=" .. v end
    end
  end
  local reserved = bits >> 38
  if reserved ~= 0 then out[#out + 1] = "__reserved_1=" .. f.hex(reserved) end
  if not verbose then
    out[#out + 1] = "..."
    return "{" .. table.concat(out, ", ") .. "}"
  end
  local wakeup, bp_type, config1, config2, branch, regs_user, stack_user, clockid, regs_intr,
    aux_wm, max_stack, _, aux_size, _, sig_data = unpack("<I4I4I8I8I8I8I4i4I8I4I2I2I4I4I8", b, 49)
  local bp = ptype == PERF_TYPE_BREAKPOINT
  out[#out + 1] = ((bits & (1 << 14)) ~= 0 and "wakeup_watermark=" or "wakeup_events=") .. f.udec(wakeup)
  if bp then out[#out + 1] = "bp_type=" .. f.xval(k.hw_breakpoint, bp_type, "HW_BREAKPOINT_???") end
  out[#out + 1] = (bp and "bp_addr=" or "config1=") .. f.hex(config1)
  if used >= 72 then out[#out + 1] = bp and "bp_len=" .. f.udec(config2) or "config2=" .. f.hex(config2) end
  if used >= 80 and stype & SAMPLE_BRANCH_STACK ~= 0 then
    out[#out + 1] = "branch_sample_type=" .. f.flags(k.perf_branch_sample_type, branch, "PERF_SAMPLE_BRANCH_???")
  end
  if used >= 96 then
    out[#out + 1] = "sample_regs_user=" .. f.hex(regs_user)
    if stype & SAMPLE_STACK_USER ~= 0 then out[#out + 1] = "sample_stack_user=" .. f.hex(stack_user) end
    if bits & (1 << 25) ~= 0 then out[#out + 1] = "clockid=" .. f.xval(time_x.clocks, clockid, "CLOCK_???", "d") end
  end
  if used >= 104 then out[#out + 1] = "sample_regs_intr=" .. f.hex(regs_intr) end
  if used >= 112 then
    out[#out + 1] = "aux_watermark=" .. f.udec(aux_wm)
    out[#out + 1] = "sample_max_stack=" .. f.udec(max_stack)
  end
  if used >= 120 then out[#out + 1] = "aux_sample_size=" .. f.udec(aux_size) end
  if used >= 128 then out[#out + 1] = "sig_data=" .. f.hex(sig_data) end
  if used > PERF_ATTR_SIZE_MAX then out[#out + 1] = "..." end
  return "{" .. table.concat(out, ", ") .. "}"
end
D.perf_attr = perf_attr

D.perf_event_open = {
  enter = function(ev, f)
    local a = ev.args
    return perf_attr(ev, f, a[1]) .. ", " .. f.int(a[2]) .. ", " .. f.int(a[3]) .. ", " ..
      f.fd(ev, a[4]) .. ", " .. f.flags(k.perf_flags, a[5], "PERF_FLAG_???")
  end,
  ret = fd_ret,
}

-- ---- bpf -----------------------------------------------------------------------------

local BPF_MAP_CREATE, BPF_PROG_LOAD, BPF_OBJ_GET_INFO_BY_FD = 0, 5, 15
local BPF_F_NUMA_NODE = 4
local BPF_ATTR_READ_MAX = 4096

-- Field printers: each takes (ev, f, bytes, offset) and returns the text, with
-- the field's width in bytes beside it.
local function u32f(conv) return { 4, function(ev, f, b, o) return conv(ev, f, unpack("<I4", b, o + 1)) end } end
local function u64f(conv) return { 8, function(ev, f, b, o) return conv(ev, f, unpack("<I8", b, o + 1)) end } end
local UDEC = u32f(function(_, f, v) return f.udec(v) end)
local FD = u32f(function(ev, f, v) return f.fd(ev, v) end)
local PTR = u64f(function(_, f, v) return f.ptr(v) end)
local STR = u64f(function(ev, f, v) return f.str(ev, v) end)
local NAME16 = { 16, function(_, f, b, o) return f.cstring(b:sub(o + 1, o + 16)) end }
local function XVAL(tbl, dflt) return u32f(function(_, f, v) return f.xval(tbl, v, dflt) end) end
local function FLAGS(tbl, dflt) return u32f(function(_, f, v) return f.flags(tbl, v, dflt) end) end

local function bpf_code(f, code)
  local class = code & 7
  local text = f.xval(k.bpf_class, class, "BPF_???")
  if class == 4 or class == 5 or class == 6 or class == 7 then
    local optbl = (class == 4 or class == 7) and k.bpf_alu_op or k.bpf_jmp_op
    return text .. "|" .. f.xval(k.bpf_src, code & 8, "BPF_???") .. "|" ..
      f.xval(optbl, code & 0xf0, "BPF_???")
  end
  return text .. "|" .. f.xval(k.bpf_size, code & 0x18, "BPF_???") .. "|" ..
    f.xval(k.bpf_mode, code & 0xe0, "BPF_???")
end

local function bpf_insns(ev, f, addr, count)
  return f.array(ev, addr, count, 8, function(b)
    local code, regs, off, imm = unpack("<I1I1i2i4", b)
    return "{code=" .. bpf_code(f, code) .. ", dst_reg=BPF_REG_" .. (regs & 0xf) ..
      ", src_reg=BPF_REG_" .. (regs >> 4) .. ", off=" .. off .. ", imm=" .. f.hex(imm & 0xffffffff) .. "}"
  end)
end

local INSNS = { 8, function(ev, f, b, o)
  local v = unpack("<I8", b, o + 1)
  if not f.opts.verbose then return f.ptr(v) end
  return bpf_insns(ev, f, v, unpack("<I4", b, 5))
end }

local KERNEL_VERSION = u32f(function(_, f, v)
  return f.styled(f.hex(v), ("KERNEL_VERSION(%d, %d, %d)"):format(v >> 16, (v >> 8) & 0xff, v & 0xff))
end)

-- For each command: its fields { name, offset, printer } and the size of the
-- part of bpf_attr strace 6.1 knows for it.
local BPF_ATTRS = {
  [0] = { end_ = 72,
    { "map_type", 0, XVAL(k.bpf_map_type, "BPF_MAP_TYPE_???") }, { "key_size", 4, UDEC },
    { "value_size", 8, UDEC }, { "max_entries", 12, UDEC },
    { "map_flags", 16, FLAGS(k.bpf_map_flags, "BPF_F_???") }, { "inner_map_fd", 20, FD },
    { "numa_node", 24, UDEC, only = function(b) return #b >= 20 and unpack("<I4", b, 17) & BPF_F_NUMA_NODE ~= 0 end },
    { "map_name", 28, NAME16 }, { "map_ifindex", 44, UDEC }, { "btf_fd", 48, FD },
    { "btf_key_type_id", 52, UDEC }, { "btf_value_type_id", 56, UDEC },
    { "btf_vmlinux_value_type_id", 60, UDEC },
    { "map_extra", 64, u64f(function(_, f, v) return f.udec(v) end) } },
  [1] = { end_ = 32, { "map_fd", 0, FD }, { "key", 8, PTR }, { "value", 16, PTR },
    { "flags", 24, u64f(function(_, f, v) return f.xval(k.bpf_update_flags, v, "BPF_???") end) } },
  [3] = { end_ = 16, { "map_fd", 0, FD }, { "key", 8, PTR } },
  [4] = { end_ = 24, { "map_fd", 0, FD }, { "key", 8, PTR }, { "next_key", 16, PTR } },
  [5] = { end_ = 128,
    { "prog_type", 0, XVAL(k.bpf_prog_type, "BPF_PROG_TYPE_???") }, { "insn_cnt", 4, UDEC },
    { "insns", 8, INSNS }, { "license", 16, STR }, { "log_level", 24, UDEC },
    { "log_size", 28, UDEC }, { "log_buf", 32, STR }, { "kern_version", 40, KERNEL_VERSION },
    { "prog_flags", 44, FLAGS(k.bpf_prog_flags, "BPF_F_???") }, { "prog_name", 48, NAME16 },
    { "prog_ifindex", 64, UDEC }, { "expected_attach_type", 68, XVAL(k.bpf_attach_type, "BPF_???") },
    { "prog_btf_fd", 72, FD }, { "func_info_rec_size", 76, UDEC }, { "func_info", 80, PTR },
    { "func_info_cnt", 88, UDEC }, { "line_info_rec_size", 92, UDEC }, { "line_info", 96, PTR },
    { "line_info_cnt", 104, UDEC }, { "attach_btf_id", 108, UDEC }, { "attach_prog_fd", 112, FD },
    { "fd_array", 120, PTR } },
  [6] = { end_ = 16, { "pathname", 0, STR }, { "bpf_fd", 8, FD },
    { "file_flags", 12, FLAGS(k.bpf_file_flags, "BPF_F_???") } },
  [8] = { end_ = 20, { "target_fd", 0, FD }, { "attach_bpf_fd", 4, FD },
    { "attach_type", 8, XVAL(k.bpf_attach_type, "BPF_???") },
    { "attach_flags", 12, FLAGS(k.bpf_attach_flags, "BPF_F_???") }, { "replace_bpf_fd", 16, FD } },
  [9] = { end_ = 12, { "target_fd", 0, FD }, { "attach_type", 8, XVAL(k.bpf_attach_type, "BPF_???") } },
}
BPF_ATTRS[2] = BPF_ATTRS[1]
BPF_ATTRS[7] = BPF_ATTRS[6]

-- struct bpf_map_info as BPF_OBJ_GET_INFO_BY_FD fills it (with -v, at exit).
local function map_info(ev, f, addr, len)
  local b = f.umove_exit(ev, addr, math.min(len, 88))
  if not b then return f.ptr(addr) end
  b = b .. ("\0"):rep(88 - #b)
  local mtype, id, ksize, vsize, maxe, mflags = unpack("<I4I4I4I4I4I4", b)
  local out = { "type=" .. f.xval(k.bpf_map_type, mtype, "BPF_MAP_TYPE_???"), "id=" .. f.udec(id),
    "key_size=" .. f.udec(ksize), "value_size=" .. f.udec(vsize), "max_entries=" .. f.udec(maxe),
    "map_flags=" .. f.flags(k.bpf_map_flags, mflags, "BPF_F_???") }
  local more = {
    { 40, function() return "name=" .. f.cstring(b:sub(25, 40)) end },
    { 44, function() return "ifindex=" .. f.udec(unpack("<I4", b, 41)) end },
    { 48, function() return "btf_vmlinux_value_type_id=" .. f.udec(unpack("<I4", b, 45)) end },
    { 56, function() return "netns_dev=" .. file.makedev(unpack("<I8", b, 49)) end },
    { 64, function() return "netns_ino=" .. f.udec(unpack("<I8", b, 57)) end },
    { 68, function() return "btf_id=" .. f.udec(unpack("<I4", b, 65)) end },
    { 72, function() return "btf_key_type_id=" .. f.udec(unpack("<I4", b, 69)) end },
    { 76, function() return "btf_value_type_id=" .. f.udec(unpack("<I4", b, 73)) end },
  }
  for _, m in ipairs(more) do
    if len >= m[1] then out[#out + 1] = m[2]() end
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

local function obj_info(ev, f, addr, size)
  local b = size >= 16 and f.umove(ev, addr, 16)
  if not b then return f.ptr(addr) end
  local fd, len, info = unpack("<I4I4I8", b)
  local text
  if f.opts.verbose and ev.err == 0 and info ~= 0 then
    local path = f.fdpath(ev.tgid or ev.pid, f.s32(fd))
    if path == "anon_inode:bpf-map" then text = map_info(ev, f, info, len) end
  end
  return "{info={bpf_fd=" .. f.fd(ev, fd) .. ", info_len=" .. f.udec(len) .. ", info=" ..
    (text or f.ptr(info)) .. "}}"
end

-- The attr of a command in `spec`: the fields that fit in `size`, then the
-- bytes past the known part when any is not zero ("..." unless -v).
local function bpf_attr(ev, f, spec, addr, size)
  if addr == 0 then return "NULL" end
  local want = math.min(size, BPF_ATTR_READ_MAX)
  local b = want > 0 and f.umove(ev, addr, want)
  if not b then return f.ptr(addr) end
  local out = {}
  for _, fld in ipairs(spec) do
    local off, width, show = fld[2], fld[3][1], fld[3][2]
    if off + width > #b then break end
    if not fld.only or fld.only(b) then out[#out + 1] = fld[1] .. "=" .. show(ev, f, b, off) end
  end
  if #b > spec.end_ then
    local rest = b:sub(spec.end_ + 1)
    if rest:find("[^\0]") then
      if f.opts.verbose then
        out[#out + 1] = "extra_data=" .. f.escape(rest, #rest, { hex = "all" }) ..
          (" /* bytes %d..%d */"):format(spec.end_, #b - 1)
      else
        out[#out + 1] = "..."
      end
    end
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

local function bpf_cmd(f, v) return f.xval(k.bpf_cmd, v, "BPF_???") end

D.bpf = {
  enter = function(ev, f)
    local a = ev.args
    local cmd = a[1] & 0xffffffff
    local size = a[3] & 0xffffffff
    if cmd == BPF_OBJ_GET_INFO_BY_FD then return bpf_cmd(f, cmd) .. ", " end
    local spec = BPF_ATTRS[cmd]
    local attr = spec and bpf_attr(ev, f, spec, a[2], size) or f.ptr(a[2])
    return bpf_cmd(f, cmd) .. ", " .. attr .. ", " .. f.udec(size)
  end,
  exit = function(ev, f)
    local a = ev.args
    if a[1] & 0xffffffff ~= BPF_OBJ_GET_INFO_BY_FD then return "" end
    local size = a[3] & 0xffffffff
    return obj_info(ev, f, a[2], size) .. ", " .. f.udec(size)
  end,
  ret = function(ev, f)
    local cmd = ev.args[1] & 0xffffffff
    if cmd == BPF_MAP_CREATE or cmd == BPF_PROG_LOAD then return f.fd(ev, ev.ret) end
    return f.dec(ev.ret)
  end,
}

-- ---- the new mount API --------------------------------------------------------------

local function u32(v) return v & 0xffffffff end

D.open_tree = {
  enter = function(ev, f)
    local a = ev.args
    return f.dirfd(a[1], ev) .. ", " .. f.path(ev, a[2]) .. ", " ..
      f.flags(k.open_tree, u32(a[3]), "OPEN_TREE_???")
  end,
  ret = fd_ret,
}

D.move_mount = {
  enter = function(ev, f)
    local a = ev.args
    return f.dirfd(a[1], ev) .. ", " .. f.path(ev, a[2]) .. ", " .. f.dirfd(a[3], ev) .. ", " ..
      f.path(ev, a[4]) .. ", " .. f.flags(k.move_mount, u32(a[5]), "MOVE_MOUNT_???")
  end,
}

D.fsopen = {
  enter = function(ev, f)
    return f.str(ev, ev.args[1]) .. ", " .. f.flags(k.fsopen, u32(ev.args[2]), "FSOPEN_???")
  end,
  ret = fd_ret,
}

D.fspick = {
  enter = function(ev, f)
    local a = ev.args
    return f.dirfd(a[1], ev) .. ", " .. f.path(ev, a[2]) .. ", " .. f.flags(k.fspick, u32(a[3]), "FSPICK_???")
  end,
  ret = fd_ret,
}

D.fsmount = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. f.flags(k.fsmount, u32(a[2]), "FSMOUNT_???") .. ", " ..
      f.flags(k.fsmount_attr, u32(a[3]), "MOUNT_ATTR_???")
  end,
  ret = fd_ret,
}

local FSCONFIG_SET_FLAG, FSCONFIG_SET_STRING, FSCONFIG_SET_BINARY = 0, 1, 2
local FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY, FSCONFIG_SET_FD = 3, 4, 5

D.fsconfig = {
  enter = function(ev, f)
    local a = ev.args
    local cmd = u32(a[2])
    local key, value, aux
    if cmd <= FSCONFIG_SET_FD then key = f.str(ev, a[3]) else key = f.ptr(a[3]) end
    aux = f.int(a[5])
    if cmd == FSCONFIG_SET_STRING then
      value = f.str(ev, a[4])
    elseif cmd == FSCONFIG_SET_BINARY then
      local len = f.s32(a[5])
      value = len >= 0 and f.buf(ev, a[4], len, { hex = "all" }) or f.ptr(a[4])
    elseif cmd == FSCONFIG_SET_PATH or cmd == FSCONFIG_SET_PATH_EMPTY then
      value = f.path(ev, a[4])
      aux = f.dirfd(a[5], ev)
    elseif cmd == FSCONFIG_SET_FD then
      value = f.ptr(a[4])
      aux = f.fd(ev, a[5])
    else
      value = f.ptr(a[4])
    end
    return f.fd(ev, a[1]) .. ", " .. f.xval(k.fsconfig, cmd, "FSCONFIG_???") .. ", " .. key .. ", " ..
      value .. ", " .. aux
  end,
}

local MOUNT_ATTR_SIZE_VER0 = 32

local function mount_attr(ev, f, addr, size)
  if math.ult(size, MOUNT_ATTR_SIZE_VER0) then return f.ptr(addr) end
  local b = f.umove(ev, addr, MOUNT_ATTR_SIZE_VER0)
  if not b then return f.ptr(addr) end
  local set, clr, prop, userns = unpack("<I8I8I8I8", b)
  return "{attr_set=" .. f.flags(k.mount_attr, set, "MOUNT_ATTR_???") ..
    ", attr_clr=" .. f.flags(k.mount_attr, clr, "MOUNT_ATTR_???") ..
    ", propagation=" .. f.xval(k.propagation, prop, "MS_???") ..
    ", userns_fd=" .. f.udec(userns) .. "}"
end

D.mount_setattr = {
  enter = function(ev, f)
    local a = ev.args
    return f.dirfd(a[1], ev) .. ", " .. f.path(ev, a[2]) .. ", " ..
      f.flags(k.mount_setattr, u32(a[3]), "AT_???") .. ", " .. mount_attr(ev, f, a[4], a[5]) .. ", " ..
      f.udec(a[5])
  end,
  -- strace 6.1 takes the result for a descriptor: with -y, "= 0</dev/null>"
  ret = fd_ret,
}

D.pivot_root = {
  enter = function(ev, f) return f.path(ev, ev.args[1]) .. ", " .. f.path(ev, ev.args[2]) end,
}

-- ---- iopl, ioperm, ustat, sysfs ---------------------------------------------------------

D.iopl = { enter = function(ev, f) return f.int(ev.args[1]) end }
-- lookup_dcookie(cookie, buffer, len): ENOSYS on today's kernels, still named
-- and shaped as strace 6.1 shows it: "lookup_dcookie(1, 0x2, 3)"
D.lookup_dcookie = {
  enter = function(ev, f) return f.udec(ev.args[1]) .. ", " .. f.ptr(ev.args[2]) .. ", " .. f.udec(ev.args[3]) end,
}

D.ioperm = {
  enter = function(ev, f)
    return f.hex(ev.args[1]) .. ", " .. f.hex(ev.args[2]) .. ", " .. f.int(ev.args[3])
  end,
}

-- strace 6.1 shows the device and the address (the struct is not decoded).
D.ustat = {
  enter = function(ev, f)
    local dev = u32(ev.args[1])
    return f.styled(f.hex(dev), file.makedev(dev)) .. ", " .. f.ptr(ev.args[2])
  end,
}

-- strace 6.1 has no decoder for sysfs: its three arguments in hex.
D.sysfs = {
  enter = function(ev, f)
    return f.hex(ev.args[1]) .. ", " .. f.hex(ev.args[2]) .. ", " .. f.hex(ev.args[3])
  end,
}

-- ---- quotactl ---------------------------------------------------------------------------

local Q = { SYNC = 0x800001, QUOTAON = 0x800002, QUOTAOFF = 0x800003, GETFMT = 0x800004,
  GETINFO = 0x800005, SETINFO = 0x800006, GETQUOTA = 0x800007, SETQUOTA = 0x800008,
  GETNEXTQUOTA = 0x800009 }

-- -X raw|verbose: the command in decimal, then "/* QCMD(Q_SYNC, USRQUOTA) */"
-- (the names inside are not styled).
local function qcmd_text(f, v)
  return "QCMD(" .. f.xval(k.quota_cmd, v >> 8, "Q_???") .. ", " ..
    f.xval(k.quota_type, v & 0xff, "???QUOTA") .. ")"
end
local function qcmd(f, v)
  v = u32(v)
  return f.styled(f.udec(v), f.plain(qcmd_text, f, v))
end

local function dqblk(ev, f, b, next)
  local bh, bs, cs, ih, is, ci, bt, it, valid, id = unpack("<I8I8I8I8I8I8I8I8I4I4", b)
  local text = "{dqb_bhardlimit=" .. f.udec(bh) .. ", dqb_bsoftlimit=" .. f.udec(bs) ..
    ", dqb_curspace=" .. f.udec(cs) .. ", dqb_ihardlimit=" .. f.udec(ih) ..
    ", dqb_isoftlimit=" .. f.udec(is) .. ", dqb_curinodes=" .. f.udec(ci)
  if f.opts.verbose then
    text = text .. ", dqb_btime=" .. f.udec(bt) .. ", dqb_itime=" .. f.udec(it) ..
      ", dqb_valid=" .. f.flags(k.qif, valid, "QIF_???")
    if next then text = text .. ", dqb_id=" .. f.udec(id) end
  else
    text = text .. ", ..."
  end
  return text .. "}"
end

local function dqinfo(f, b)
  local bg, ig, flags, valid = unpack("<I8I8I4I4", b)
  return "{dqi_bgrace=" .. f.udec(bg) .. ", dqi_igrace=" .. f.udec(ig) ..
    ", dqi_flags=" .. f.flags(k.dqf, flags, "DQF_???") ..
    ", dqi_valid=" .. f.flags(k.iif, valid, "IIF_???") .. "}"
end

-- The arguments after the target (special or fd): what is shown at entry,
-- and a function for what is shown at exit (nil when nothing is).
local function quota_rest(ev, f, cmdword, id, addr)
  local cmd = u32(cmdword) >> 8
  if cmd == Q.SYNC or cmd == Q.QUOTAOFF then return "" end
  if cmd == Q.QUOTAON then
    return ", " .. f.xval(k.quota_fmt, u32(id), "QFMT_VFS_???") .. ", " .. f.path(ev, addr)
  end
  if cmd == Q.GETFMT then
    return ", ", function()
      local b = f.umove_exit(ev, addr, 4)
      return b and "[" .. f.xval(k.quota_fmt, unpack("<I4", b), "QFMT_VFS_???") .. "]" or f.ptr(addr)
    end
  end
  if cmd == Q.GETINFO then
    return ", ", function()
      local b = f.umove_exit(ev, addr, 24)
      return b and dqinfo(f, b) or f.ptr(addr)
    end
  end
  if cmd == Q.SETINFO then
    local b = f.umove(ev, addr, 24)
    return ", " .. (b and dqinfo(f, b) or f.ptr(addr))
  end
  local idtext = ", " .. f.uint(id) .. ", "
  if cmd == Q.GETQUOTA or cmd == Q.GETNEXTQUOTA then
    local next = cmd == Q.GETNEXTQUOTA
    return idtext, function()
      local b = f.umove_exit(ev, addr, 72)
      return b and dqblk(ev, f, b, next) or f.ptr(addr)
    end
  end
  if cmd == Q.SETQUOTA then
    local b = f.umove(ev, addr, 72)
    return idtext .. (b and dqblk(ev, f, b) or f.ptr(addr))
  end
  return idtext .. f.ptr(addr)
end

local function quota_decoder(target)
  return {
    enter = function(ev, f)
      local a = ev.args
      local text, later = quota_rest(ev, f, a[1 + target.shift], a[3], a[4])
      ev.priv = ev.priv or {}
      ev.priv.kern_quota = later
      local head = target.shift == 1 and (f.fd(ev, a[1]) .. ", " .. qcmd(f, a[2]))
        or (qcmd(f, a[1]) .. ", " .. f.path(ev, a[2]))
      return head .. text
    end,
    exit = function(ev, f)
      local later = ev.priv and ev.priv.kern_quota
      if later then return later() end
      -- an event seen only at exit: redo the entry's work
      local _, fn = quota_rest(ev, f, ev.args[1 + target.shift], ev.args[3], ev.args[4])
      return fn and fn() or ""
    end,
  }
end

D.quotactl = quota_decoder({ shift = 0 })
D.quotactl_fd = quota_decoder({ shift = 1 })

-- ---- futex2: futex_wake, futex_wait, futex_requeue (newer than strace 6.1) ----------------

local function futex2_flags_by_name(f, v)
  local text = f.xval(k.futex2_size, v & 3, "FUTEX2_SIZE_???")
  local rest = v & ~3
  if rest ~= 0 then text = text .. "|" .. f.flags(k.futex2_flags, rest, "FUTEX2_???") end
  return text
end
local function futex2_flags(f, v) v = u32(v); return f.whole(v, futex2_flags_by_name, f, v) end
D.futex2_flags = futex2_flags

D.futex_wake = {
  enter = function(ev, f)
    local a = ev.args
    return f.ptr(a[1]) .. ", " .. f.hex(a[2]) .. ", " .. f.int(a[3]) .. ", " .. futex2_flags(f, a[4])
  end,
}

D.futex_wait = {
  enter = function(ev, f)
    local a = ev.args
    return f.ptr(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. f.hex(a[3]) .. ", " .. futex2_flags(f, a[4]) ..
      ", " .. timeout(ev, f, a[5]) .. ", " .. f.xval(time_x.clocks, u32(a[6]), "CLOCK_???")
  end,
}

D.futex_requeue = {
  enter = function(ev, f)
    local a = ev.args
    local waiters = f.array(ev, a[1], 2, 24, function(b)
      local val, uaddr, flags = unpack("<I8I8I4", b)
      return "{val=" .. f.hex(val) .. ", uaddr=" .. f.ptr(uaddr) .. ", flags=" .. futex2_flags(f, flags) .. "}"
    end)
    return waiters .. ", " .. f.hex(u32(a[2])) .. ", " .. f.int(a[3]) .. ", " .. f.int(a[4])
  end,
}

return D
