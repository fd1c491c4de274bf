-- The kern decoders (lua/moontrace/decode/kern.lua) on hand-made events.  Each
-- expected string is a line of `strace ./v15` (tests/lua/victims/v15.c),
-- strace 6.1, except for the futex2 calls that strace 6.1 does not know.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

local u64, u32 = fake.u64, fake.u32

local function render(name, t)
  return fake.render(D[name], fake.event(t), f)
end

-- struct iocb, 64 bytes
local function iocb(t)
  return string.pack("<I8I4I4I2i2I4I8I8i8I8I4I4", t.data or 0, t.key or 0, t.rwf or 0, t.op or 0,
    t.prio or 0, t.fd or 0, t.buf or 0, t.nbytes or 0, t.offset or 0, t.res2 or 0, t.flags or 0,
    t.resfd or 0)
end

local CTX = 0x7ffff7fbf000

describe("kern decoders", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  describe("native AIO", function()
    -- io_setup(16, [0x7ffff7fbf000]) = 0
    -- io_setup(0, 0x7fffffffec90) = -1 EINVAL (Invalid argument)
    -- io_setup(4, NULL) = -1 EFAULT (Bad address)
    it("shows the context io_setup made", function()
      local mem = { [0x7fffffffec90] = u64(CTX) }
      assert.are.equal("16, [0x7ffff7fbf000]", render("io_setup", { args = { 16, 0x7fffffffec90 }, mem = mem }))
      assert.are.equal("0, 0x7fffffffec90", render("io_setup", { args = { 0, 0x7fffffffec90 }, err = 22, mem = mem }))
      assert.are.equal("4, NULL", render("io_setup", { args = { 4, 0 }, err = 14 }))
      -- io_destroy(0x7ffff7fbf000) = 0 / io_destroy(NULL) = -1 EINVAL
      assert.are.equal("0x7ffff7fbf000", render("io_destroy", { args = { CTX } }))
      assert.are.equal("NULL", render("io_destroy", { args = { 0 } }))
    end)

    -- io_submit(0x7ffff7fbf000, 1, [{aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3, aio_buf="hello aio world\n", aio_nbytes=16, aio_offset=0}]) = 1
    -- ... {aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3, aio_buf=0x7fffffffec50, aio_nbytes=5, aio_offset=6, aio_flags=IOCB_FLAG_RESFD, aio_resfd=4}
    it("prints the buffer of each opcode, the flags and resfd", function()
      local mem = {
        [0x1000] = u64(0x2000, 0x2040),
        [0x2000] = iocb{ data = 0x1234, op = 1, fd = 3, buf = 0x3000, nbytes = 16 },
        [0x2040] = iocb{ op = 0, fd = 3, buf = 0x7fffffffec50, nbytes = 5, offset = 6, flags = 1, resfd = 4 },
        [0x3000] = "hello aio world\n",
      }
      assert.are.equal("0x7ffff7fbf000, 2, [{aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3, " ..
        "aio_buf=\"hello aio world\\n\", aio_nbytes=16, aio_offset=0}, {aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, " ..
        "aio_fildes=3, aio_buf=0x7fffffffec50, aio_nbytes=5, aio_offset=6, aio_flags=IOCB_FLAG_RESFD, aio_resfd=4}]",
        render("io_submit", { args = { CTX, 2, 0x1000 }, mem = mem }))
    end)

    -- {aio_data=0, aio_rw_flags=RWF_DSYNC, aio_lio_opcode=IOCB_CMD_PWRITEV, aio_fildes=3, aio_buf=[{iov_base="hello ", iov_len=6}, {iov_base="aio ", iov_len=4}], aio_offset=16}
    -- {aio_data=0x7, aio_lio_opcode=IOCB_CMD_PREADV, aio_fildes=3, aio_buf=[{iov_base=0x7fffffffec50, iov_len=4}, {iov_base=0x7fffffffec48, iov_len=8}], aio_offset=0}
    it("prints iovecs for the vectored opcodes", function()
      local mem = {
        [0x1000] = u64(0x2000, 0x2040),
        [0x2000] = iocb{ rwf = 2, op = 8, fd = 3, buf = 0x4000, nbytes = 2, offset = 16 },
        [0x2040] = iocb{ data = 7, op = 7, fd = 3, buf = 0x4100, nbytes = 2 },
        [0x4000] = u64(0x3000, 6, 0x3006, 4),
        [0x4100] = u64(0x7fffffffec50, 4, 0x7fffffffec48, 8),
        [0x3000] = "hello aio ",
      }
      assert.are.equal("0x7ffff7fbf000, 2, [{aio_data=0, aio_rw_flags=RWF_DSYNC, aio_lio_opcode=IOCB_CMD_PWRITEV, " ..
        "aio_fildes=3, aio_buf=[{iov_base=\"hello \", iov_len=6}, {iov_base=\"aio \", iov_len=4}], aio_offset=16}, " ..
        "{aio_data=0x7, aio_lio_opcode=IOCB_CMD_PREADV, aio_fildes=3, aio_buf=[{iov_base=0x7fffffffec50, iov_len=4}, " ..
        "{iov_base=0x7fffffffec48, iov_len=8}], aio_offset=0}]",
        render("io_submit", { args = { CTX, 2, 0x1000 }, mem = mem }))
    end)

    -- [{aio_data=0, aio_lio_opcode=42 /* IOCB_CMD_??? */, aio_reqprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 3), aio_fildes=3}]
    -- [{aio_data=0, aio_key=3, aio_rw_flags=0x100 /* RWF_??? */, aio_lio_opcode=IOCB_CMD_FSYNC, aio_reqprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), aio_fildes=999}]
    -- [{aio_data=0, aio_lio_opcode=IOCB_CMD_POLL, aio_reqprio=-2, aio_fildes=999, aio_buf=POLLPRI|POLLOUT|POLLHUP|POLLRDNORM|POLLMSG|POLLREMOVE|POLLRDHUP|0x120000, aio_resfd=0x9}]
    it("shows only the head of syncs and unknown opcodes, reqprio by IOCB_FLAG_IOPRIO", function()
      local function one(cb) return render("io_submit", { args = { CTX, 1, 0x1000 }, mem = { [0x1000] = u64(0x2000), [0x2000] = cb } }) end
      assert.are.equal("0x7ffff7fbf000, 1, [{aio_data=0, aio_lio_opcode=42 /* IOCB_CMD_??? */, " ..
        "aio_reqprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 3), aio_fildes=3}]",
        one(iocb{ op = 42, prio = 3, fd = 3, buf = 0xdead, nbytes = 7, offset = -1, res2 = 5, flags = 6, resfd = 9 }))
      assert.are.equal("0x7ffff7fbf000, 1, [{aio_data=0, aio_key=3, aio_rw_flags=0x100 /* RWF_??? */, " ..
        "aio_lio_opcode=IOCB_CMD_FSYNC, aio_reqprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), aio_fildes=999}]",
        one(iocb{ key = 3, rwf = 0x100, op = 2, prio = (2 << 13) | 4, fd = 999, res2 = 0x55, flags = 0x13, resfd = 9 }))
      assert.are.equal("0x7ffff7fbf000, 1, [{aio_data=0, aio_lio_opcode=IOCB_CMD_POLL, aio_reqprio=-2, " ..
        "aio_fildes=999, aio_buf=POLLPRI|POLLOUT|POLLHUP|POLLRDNORM|POLLMSG|POLLREMOVE|POLLRDHUP|0x120000, aio_resfd=0x9}]",
        one(iocb{ op = 5, prio = -2, fd = 999, buf = 0x123456, resfd = 9 }))
    end)

    -- io_submit(0x7ffff7fbf000, 2, [{aio_data=0xfeed, aio_lio_opcode=IOCB_CMD_POLL, aio_fildes=4, aio_buf=POLLIN}, 0xbadc0de0]) = 1
    -- io_submit(0x7ffff7fbf000, -1, 0x7fffffffe9c0) = -1 EINVAL
    -- io_submit(0x7ffff7fbf000, 2, 0xbadc0de0) = -1 EFAULT
    -- io_submit(0x7ffff7fbf000, 0, []) = 0
    it("prints unreadable iocbs and arrays by address", function()
      local mem = { [0x1000] = u64(0x2000, 0xbadc0de0), [0x2000] = iocb{ data = 0xfeed, op = 5, fd = 4, buf = 1 } }
      assert.are.equal("0x7ffff7fbf000, 2, [{aio_data=0xfeed, aio_lio_opcode=IOCB_CMD_POLL, aio_fildes=4, aio_buf=POLLIN}, 0xbadc0de0]",
        render("io_submit", { args = { CTX, 2, 0x1000 }, mem = mem }))
      assert.are.equal("0x7ffff7fbf000, -1, 0x7fffffffe9c0", render("io_submit", { args = { CTX, -1, 0x7fffffffe9c0 }, err = 22 }))
      assert.are.equal("0x7ffff7fbf000, 2, 0xbadc0de0", render("io_submit", { args = { CTX, 2, 0xbadc0de0 }, err = 14 }))
      assert.are.equal("0x7ffff7fbf000, 0, []", render("io_submit", { args = { CTX, 0, 0x1000 }, mem = mem }))
    end)

    -- io_cancel(0x7ffff7fbf000, {aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3}, 0x7fffffffe8c0) = -1 EINVAL
    it("shows the head of the iocb io_cancel names", function()
      local mem = { [0x2000] = iocb{ data = 0x1234, op = 1, fd = 3, buf = 0x3000, nbytes = 16 } }
      assert.are.equal("0x7ffff7fbf000, {aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3}, 0x7fffffffe8c0",
        render("io_cancel", { args = { CTX, 0x2000, 0x7fffffffe8c0 }, err = 22, mem = mem }))
      assert.are.equal("0x7ffff7fbf000, 0xbadc0de0, 0x7fffffffe8c0",
        render("io_cancel", { args = { CTX, 0xbadc0de0, 0x7fffffffe8c0 }, err = 14 }))
    end)

    -- io_getevents(0x7ffff7fbf000, 1, 8, [{data=0, obj=0x7fffffffeb40, res=0, res2=0}], {tv_sec=5, tv_nsec=0}) = 1
    -- io_getevents(0x7ffff7fbf000, 0, 8, [], {tv_sec=0, tv_nsec=0}) = 0
    -- io_getevents(0x7ffff7fbf000, 0, 1, 0x7fffffffe8c0, 0xbadc0de0) = -1 EFAULT
    -- io_getevents(NULL, 0, 1, 0x7fffffffe8c0, NULL) = -1 EINVAL
    it("prints the events io_getevents returned", function()
      local mem = { [0x5000] = u64(0, 0x7fffffffeb40, 0, 0), [0x6000] = u64(5, 0), [0x6100] = u64(0, 0) }
      assert.are.equal("0x7ffff7fbf000, 1, 8, [{data=0, obj=0x7fffffffeb40, res=0, res2=0}], {tv_sec=5, tv_nsec=0}",
        render("io_getevents", { args = { CTX, 1, 8, 0x5000, 0x6000 }, ret = 1, mem = mem }))
      assert.are.equal("0x7ffff7fbf000, 0, 8, [], {tv_sec=0, tv_nsec=0}",
        render("io_getevents", { args = { CTX, 0, 8, 0x5000, 0x6100 }, ret = 0, mem = mem }))
      assert.are.equal("0x7ffff7fbf000, 0, 1, 0x7fffffffe8c0, 0xbadc0de0",
        render("io_getevents", { args = { CTX, 0, 1, 0x7fffffffe8c0, 0xbadc0de0 }, err = 14 }))
      assert.are.equal("NULL, 0, 1, 0x7fffffffe8c0, NULL",
        render("io_getevents", { args = { 0, 0, 1, 0x7fffffffe8c0, 0 }, err = 22 }))
    end)

    -- io_pgetevents(0x7ffff7fbf000, 0, 2, [{data=0xfeed, obj=0x7fffffffeb80, res=1, res2=0}], {tv_sec=0, tv_nsec=0}, {sigmask=[USR1], sigsetsize=8}) = 1
    -- io_pgetevents(0x7ffff7fbf000, 0, 2, [], NULL, {sigmask=NULL, sigsetsize=8}) = 0
    -- io_pgetevents(0x7ffff7fbf000, 0, 2, 0x7fffffffe8c0, {tv_sec=0, tv_nsec=0}, {sigmask=0x7fffffffe810, sigsetsize=4}) = -1 EINVAL
    it("adds the signal mask of io_pgetevents", function()
      local mem = { [0x5000] = u64(0xfeed, 0x7fffffffeb80, 1, 0), [0x6000] = u64(0, 0),
        [0x7000] = u64(0x7100, 8), [0x7100] = u64(1 << 9), [0x7200] = u64(0, 8), [0x7300] = u64(0x7fffffffe810, 4) }
      assert.are.equal("0x7ffff7fbf000, 0, 2, [{data=0xfeed, obj=0x7fffffffeb80, res=1, res2=0}], " ..
        "{tv_sec=0, tv_nsec=0}, {sigmask=[USR1], sigsetsize=8}",
        render("io_pgetevents", { args = { CTX, 0, 2, 0x5000, 0x6000, 0x7000 }, ret = 1, mem = mem }))
      assert.are.equal("0x7ffff7fbf000, 0, 2, [], NULL, {sigmask=NULL, sigsetsize=8}",
        render("io_pgetevents", { args = { CTX, 0, 2, 0x5000, 0, 0x7200 }, ret = 0, mem = mem }))
      assert.are.equal("0x7ffff7fbf000, 0, 2, 0x7fffffffe8c0, {tv_sec=0, tv_nsec=0}, {sigmask=0x7fffffffe810, sigsetsize=4}",
        render("io_pgetevents", { args = { CTX, 0, 2, 0x7fffffffe8c0, 0x6000, 0x7300 }, err = 22, mem = mem }))
    end)

    -- timer_getoverrun(0) = 0 / timer_getoverrun(-1) = -1 EINVAL
    it("prints the timer id", function()
      assert.are.equal("0", render("timer_getoverrun", { args = { 0 } }))
      assert.are.equal("-1", render("timer_getoverrun", { args = { 0xffffffff } }))
    end)
  end)

  describe("perf_event_open", function()
    local function attr(t)
      local bits = t.bits or 0
      local b = string.pack("<I4I4I8I8I8I8I8I4I4I8I8I8I8I4i4I8I4I2I2I4I4I8", t.type or 0, t.size or 128,
        t.config or 0, t.period or 0, t.stype or 0, t.rformat or 0, bits, t.wakeup or 0, t.bp_type or 0,
        t.config1 or 0, t.config2 or 0, t.branch or 0, t.regs_user or 0, t.stack_user or 0, t.clockid or 0,
        0, t.aux_wm or 0, t.max_stack or 0, 0, 0, 0, 0)
      return b
    end
    local SW = attr{ type = 1, size = 128, config = 1, bits = 1 | (1 << 5) | (1 << 6) }

    -- perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_SW_TASK_CLOCK, sample_period=0, sample_type=0, read_format=0, disabled=1, exclude_kernel=1, exclude_hv=1, precise_ip=0 /* arbitrary skid */, ...}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = 3
    it("prints the set bits and stops at precise_ip without -v", function()
      assert.are.equal("{type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_SW_TASK_CLOCK, " ..
        "sample_period=0, sample_type=0, read_format=0, disabled=1, exclude_kernel=1, exclude_hv=1, " ..
        "precise_ip=0 /* arbitrary skid */, ...}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC",
        render("perf_event_open", { args = { 0x1000, 0, 0xffffffff, 0xffffffff, 8 }, ret = 3, mem = { [0x1000] = SW } }))
      assert.are.equal("NULL, 0, -1, -1, 0", render("perf_event_open", { args = { 0, 0, -1, -1, 0 }, err = 14 }))
    end)

    it("prints every field with -v", function()
      f.opts.verbose = true
      assert.are.equal("{type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_SW_TASK_CLOCK, " ..
        "sample_period=0, sample_type=0, read_format=0, disabled=1, inherit=0, pinned=0, exclusive=0, " ..
        "exclude_user=0, exclude_kernel=1, exclude_hv=1, exclude_idle=0, mmap=0, comm=0, freq=0, inherit_stat=0, " ..
        "enable_on_exec=0, task=0, watermark=0, precise_ip=0 /* arbitrary skid */, mmap_data=0, sample_id_all=0, " ..
        "exclude_host=0, exclude_guest=0, exclude_callchain_kernel=0, exclude_callchain_user=0, mmap2=0, " ..
        "comm_exec=0, use_clockid=0, context_switch=0, write_backward=0, namespaces=0, ksymbol=0, bpf_event=0, " ..
        "aux_output=0, cgroup=0, text_poke=0, build_id=0, inherit_thread=0, remove_on_exec=0, sigtrap=0, " ..
        "wakeup_events=0, config1=0, config2=0, sample_regs_user=0, sample_regs_intr=0, aux_watermark=0, " ..
        "sample_max_stack=0, aux_sample_size=0, sig_data=0}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC",
        render("perf_event_open", { args = { 0x1000, 0, 0xffffffff, 0xffffffff, 8 }, ret = 3, mem = { [0x1000] = SW } }))
    end)

    -- perf_event_open({type=PERF_TYPE_HW_CACHE, size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_HW_CACHE_RESULT_MISS<<16|PERF_COUNT_HW_CACHE_OP_READ<<8|PERF_COUNT_HW_CACHE_L1D, sample_freq=1000, ...
    -- perf_event_open({type=0x77 /* PERF_TYPE_??? */, size=0 /* PERF_ATTR_SIZE_??? */, config=0x1, sample_period=1000, ...
    -- perf_event_open(0x7fffffffec30, 0, 0, -1, 0) = -1 E2BIG  (size 8)
    it("names the config by type and shows short attrs by address", function()
      local text = render("perf_event_open", { args = { 0x1000, 0, 0, -1, 0x100 },
        mem = { [0x1000] = attr{ type = 3, config = 0x10000, period = 1000, bits = 1 << 10 } } })
      assert.are.equal("{type=PERF_TYPE_HW_CACHE, size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_HW_CACHE_RESULT_MISS<<16|" ..
        "PERF_COUNT_HW_CACHE_OP_READ<<8|PERF_COUNT_HW_CACHE_L1D, sample_freq=1000, sample_type=0, read_format=0, " ..
        "freq=1, precise_ip=0 /* arbitrary skid */, ...}, 0, 0, -1, 0x100 /* PERF_FLAG_??? */", text)
      text = render("perf_event_open", { args = { 0x1000, -1, -1, 999, 4 },
        mem = { [0x1000] = attr{ type = 0x77, size = 0, config = 1, period = 1000, stype = 3, rformat = 4 } } })
      assert.are.equal("{type=0x77 /* PERF_TYPE_??? */, size=0 /* PERF_ATTR_SIZE_??? */, config=0x1, sample_period=1000, " ..
        "sample_type=PERF_SAMPLE_IP|PERF_SAMPLE_TID, read_format=PERF_FORMAT_ID, precise_ip=0 /* arbitrary skid */, ...}" ..
        ", -1, -1, 999, PERF_FLAG_PID_CGROUP", text)
      assert.are.equal("0x7fffffffec30, 0, 0, -1, 0", render("perf_event_open",
        { args = { 0x7fffffffec30, 0, 0, -1, 0 }, err = 7, mem = { [0x7fffffffec30] = attr{ size = 8 } } }))
    end)
  end)

  describe("bpf", function()
    local MAP = u32(2, 4, 8, 4, 0, 0, 0) .. "kern_map" .. ("\0"):rep(8) .. ("\0"):rep(144 - 44)

    -- bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=4, map_flags=0, inner_map_fd=0, map_name="kern_map", map_ifindex=0, btf_fd=0, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, map_extra=0}, 144) = 3
    -- bpf(BPF_MAP_CREATE, {map_type=0x777 /* BPF_MAP_TYPE_??? */, key_size=0, value_size=0, max_entries=0}, 16) = -1 EINVAL
    it("prints the fields of the attr that fit in its size", function()
      assert.are.equal("BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=4, " ..
        "map_flags=0, inner_map_fd=0, map_name=\"kern_map\", map_ifindex=0, btf_fd=0, btf_key_type_id=0, " ..
        "btf_value_type_id=0, btf_vmlinux_value_type_id=0, map_extra=0}, 144",
        render("bpf", { args = { 0, 0x1000, 144 }, ret = 3, mem = { [0x1000] = MAP } }))
      assert.are.equal("BPF_MAP_CREATE, {map_type=0x777 /* BPF_MAP_TYPE_??? */, key_size=0, value_size=0, max_entries=0}, 16",
        render("bpf", { args = { 0, 0x1000, 16 }, err = 22, mem = { [0x1000] = u32(0x777, 0, 0, 0) } }))
      -- bpf(BPF_MAP_CREATE, NULL, 0) / bpf(BPF_MAP_CREATE, 0xbadc0de0, 72) / bpf(0x99 /* BPF_??? */, 0x7fffffffec20, 144)
      assert.are.equal("BPF_MAP_CREATE, NULL, 0", render("bpf", { args = { 0, 0, 0 }, err = 22 }))
      assert.are.equal("BPF_MAP_CREATE, 0xbadc0de0, 72", render("bpf", { args = { 0, 0xbadc0de0, 72 }, err = 14 }))
      assert.are.equal("0x99 /* BPF_??? */, 0x7fffffffec20, 144", render("bpf", { args = { 0x99, 0x7fffffffec20, 144 }, err = 22 }))
    end)

    -- bpf(BPF_MAP_UPDATE_ELEM, {map_fd=3, key=0x7fffffffec1c, value=0x7fffffffec10, flags=BPF_ANY}, 144) = 0
    -- bpf(BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x7fffffffec1c, ...}, 144) = -1 EINVAL
    -- with -v: bpf(BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x7fffffffec1c, extra_data="\x08\xec\xff\xff\xff\x7f\x00..." /* bytes 16..143 */}, 144)
    it("shows nonzero bytes past the known part as ... or extra_data", function()
      local elem = u64(3, 0x7fffffffec1c, 0x7fffffffec08, 0) .. ("\0"):rep(112)
      assert.are.equal("BPF_MAP_UPDATE_ELEM, {map_fd=3, key=0x7fffffffec1c, value=0x7fffffffec08, flags=BPF_ANY}, 144",
        render("bpf", { args = { 2, 0x1000, 144 }, mem = { [0x1000] = elem } }))
      assert.are.equal("BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x7fffffffec1c, ...}, 144",
        render("bpf", { args = { 3, 0x1000, 144 }, err = 22, mem = { [0x1000] = elem } }))
      f.opts.verbose = true
      assert.are.equal("BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x7fffffffec1c, extra_data=\"\\x08\\xec\\xff\\xff\\xff\\x7f" ..
        ("\\x00"):rep(122) .. "\" /* bytes 16..143 */}, 144",
        render("bpf", { args = { 3, 0x1000, 144 }, err = 22, mem = { [0x1000] = elem } }))
    end)

    -- bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, insns=0x7fffffffebf0, license="GPL", ...
    it("decodes BPF_PROG_LOAD, and its instructions with -v", function()
      local load = u32(1, 2) .. u64(0x7fffffffebf0, 0x9000) .. u32(1, 256) .. u64(0x9100) .. u32(0, 0) ..
        "kern_prog" .. ("\0"):rep(7) .. ("\0"):rep(144 - 64)
      local mem = { [0x1000] = load, [0x9000] = "GPL\0", [0x9100] = "\0",
        [0x7fffffffebf0] = string.char(0xb7, 0, 0, 0, 0, 0, 0, 0, 0x95, 0, 0, 0, 0, 0, 0, 0) }
      local tail = "license=\"GPL\", log_level=1, log_size=256, log_buf=\"\", kern_version=KERNEL_VERSION(0, 0, 0), " ..
        "prog_flags=0, prog_name=\"kern_prog\", prog_ifindex=0, expected_attach_type=BPF_CGROUP_INET_INGRESS, " ..
        "prog_btf_fd=0, func_info_rec_size=0, func_info=NULL, func_info_cnt=0, line_info_rec_size=0, line_info=NULL, " ..
        "line_info_cnt=0, attach_btf_id=0, attach_prog_fd=0, fd_array=NULL}, 144"
      assert.are.equal("BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, insns=0x7fffffffebf0, " .. tail,
        render("bpf", { args = { 5, 0x1000, 144 }, ret = 4, mem = mem }))
      f.opts.verbose = true
      assert.are.equal("BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, insns=[{code=BPF_ALU64|BPF_K|BPF_MOV, " ..
        "dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}, {code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, " ..
        "src_reg=BPF_REG_0, off=0, imm=0}], " .. tail,
        render("bpf", { args = { 5, 0x1000, 144 }, ret = 4, mem = mem }))
    end)

    -- bpf(BPF_PROG_ATTACH, {target_fd=-1, attach_bpf_fd=4, attach_type=BPF_CGROUP_INET_INGRESS, attach_flags=BPF_F_ALLOW_MULTI, replace_bpf_fd=0}, 144)
    -- bpf(BPF_PROG_DETACH, {target_fd=-1, attach_type=BPF_CGROUP_INET_INGRESS, ...}, 144)
    -- bpf(BPF_OBJ_GET, {pathname="/sys/fs/bpf/kern_nonexistent", bpf_fd=0, file_flags=0}, 144)
    -- bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3, info_len=88, info=0x7fffffffea90}}, 144) = 0
    it("decodes attach, detach, obj_get and get_info", function()
      local att = u32(0xffffffff, 4, 0, 2, 0) .. ("\0"):rep(124)
      assert.are.equal("BPF_PROG_ATTACH, {target_fd=-1, attach_bpf_fd=4, attach_type=BPF_CGROUP_INET_INGRESS, " ..
        "attach_flags=BPF_F_ALLOW_MULTI, replace_bpf_fd=0}, 144", render("bpf", { args = { 8, 0x1000, 144 }, err = 22, mem = { [0x1000] = att } }))
      assert.are.equal("BPF_PROG_DETACH, {target_fd=-1, attach_type=BPF_CGROUP_INET_INGRESS, ...}, 144",
        render("bpf", { args = { 9, 0x1000, 144 }, err = 22, mem = { [0x1000] = att } }))
      local get = u64(0x9000, 0) .. ("\0"):rep(128)
      assert.are.equal("BPF_OBJ_GET, {pathname=\"/sys/fs/bpf/kern_nonexistent\", bpf_fd=0, file_flags=0}, 144",
        render("bpf", { args = { 7, 0x1000, 144 }, err = 2, mem = { [0x1000] = get, [0x9000] = "/sys/fs/bpf/kern_nonexistent\0" } }))
      local info = u32(3, 88) .. u64(0x7fffffffea90) .. ("\0"):rep(128)
      assert.are.equal("BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3, info_len=88, info=0x7fffffffea90}}, 144",
        render("bpf", { args = { 15, 0x1000, 144 }, mem = { [0x1000] = info } }))
    end)

    -- with -v: bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3, info_len=88, info={type=BPF_MAP_TYPE_ARRAY, id=27, key_size=4, value_size=8, max_entries=4, map_flags=0, name="kern_map", ifindex=0, btf_vmlinux_value_type_id=0, netns_dev=makedev(0, 0), netns_ino=0, btf_id=0, btf_key_type_id=0, btf_value_type_id=0}}}, 144) = 0
    -- with -v, info_len=4: info={type=BPF_MAP_TYPE_ARRAY, id=0, key_size=0, value_size=0, max_entries=0, map_flags=0}
    it("decodes a map's info with -v", function()
      f.opts.verbose = true
      local saved = f.fdpath
      f.fdpath = function() return "anon_inode:bpf-map" end
      local minfo = u32(2, 27, 4, 8, 4, 0) .. "kern_map" .. ("\0"):rep(8) .. ("\0"):rep(48)
      local ok, err = pcall(function()
        assert.are.equal("BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3, info_len=88, info={type=BPF_MAP_TYPE_ARRAY, id=27, " ..
          "key_size=4, value_size=8, max_entries=4, map_flags=0, name=\"kern_map\", ifindex=0, btf_vmlinux_value_type_id=0, " ..
          "netns_dev=makedev(0, 0), netns_ino=0, btf_id=0, btf_key_type_id=0, btf_value_type_id=0}}}, 144",
          render("bpf", { args = { 15, 0x1000, 144 }, mem = { [0x1000] = u32(3, 88) .. u64(0x5000), [0x5000] = minfo } }))
        assert.are.equal("BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3, info_len=4, info={type=BPF_MAP_TYPE_ARRAY, id=0, " ..
          "key_size=0, value_size=0, max_entries=0, map_flags=0}}}, 144",
          render("bpf", { args = { 15, 0x1000, 144 }, mem = { [0x1000] = u32(3, 4) .. u64(0x5000), [0x5000] = minfo } }))
      end)
      f.fdpath = saved
      assert(ok, err)
    end)
  end)

  describe("the new mount API", function()
    local S = { [0x9000] = "tmpfs\0", [0x9100] = "/kern_nonexistent\0", [0x9200] = "\0", [0x9300] = "size\0",
      [0x9400] = "1m\0", [0x9500] = "\1\2bin", [0x9600] = "/kern\0", [0x9700] = "path\0" }

    -- fsopen("tmpfs", 0x10 /* FSOPEN_??? */) / fsopen(0xbadc0de0, FSOPEN_CLOEXEC)
    -- fsmount(-1, 0x8 /* FSMOUNT_??? */, 0x80000000 /* MOUNT_ATTR_??? */) / fsmount(-1, 0, MOUNT_ATTR_STRICTATIME|0x300040)
    -- fsmount(3, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOSUID|MOUNT_ATTR_NODEV) = 4
    it("decodes fsopen and fsmount", function()
      assert.are.equal("\"tmpfs\", 0x10 /* FSOPEN_??? */", render("fsopen", { args = { 0x9000, 0x10 }, mem = S }))
      assert.are.equal("0xbadc0de0, FSOPEN_CLOEXEC", render("fsopen", { args = { 0xbadc0de0, 1 } }))
      assert.are.equal("-1, 0x8 /* FSMOUNT_??? */, 0x80000000 /* MOUNT_ATTR_??? */",
        render("fsmount", { args = { 0xffffffff, 8, 0x80000000 } }))
      assert.are.equal("-1, 0, MOUNT_ATTR_STRICTATIME|0x300040", render("fsmount", { args = { -1, 0, 0x300060 } }))
      assert.are.equal("3, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOSUID|MOUNT_ATTR_NODEV", render("fsmount", { args = { 3, 1, 6 } }))
    end)

    -- open_tree(AT_FDCWD, "/kern_nonexistent", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE)
    -- open_tree(-1, "", 0x4000000 /* OPEN_TREE_??? */)
    -- move_mount(-1, "", AT_FDCWD, "/kern_nonexistent", 0x80000000 /* MOVE_MOUNT_??? */)
    -- fspick(AT_FDCWD, "/kern_nonexistent", FSPICK_CLOEXEC|FSPICK_NO_AUTOMOUNT)
    it("decodes open_tree, move_mount and fspick", function()
      assert.are.equal("AT_FDCWD, \"/kern_nonexistent\", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE",
        render("open_tree", { args = { -100, 0x9100, 0x88001 }, mem = S }))
      assert.are.equal("-1, \"\", 0x4000000 /* OPEN_TREE_??? */", render("open_tree", { args = { -1, 0x9200, 0x4000000 }, mem = S }))
      assert.are.equal("-1, \"\", AT_FDCWD, \"/kern_nonexistent\", 0x80000000 /* MOVE_MOUNT_??? */",
        render("move_mount", { args = { -1, 0x9200, -100, 0x9100, 0x80000000 }, mem = S }))
      assert.are.equal("AT_FDCWD, \"/kern_nonexistent\", FSPICK_CLOEXEC|FSPICK_NO_AUTOMOUNT",
        render("fspick", { args = { -100, 0x9100, 5 }, mem = S }))
    end)

    -- fsconfig(3, FSCONFIG_SET_STRING, "size", "1m", 0) = 0
    -- fsconfig(-1, FSCONFIG_SET_BINARY, "key", "\x01\x02\x62\x69\x6e", 5)
    -- fsconfig(-1, FSCONFIG_SET_PATH, "path", "/kern", AT_FDCWD)
    -- fsconfig(-1, FSCONFIG_SET_FD, "k", 0x5555555580a2, 5)
    -- fsconfig(-1, FSCONFIG_CMD_CREATE, 0x5555555580a4, 0x5555555580a2, 1)
    -- fsconfig(-1, 0x4d /* FSCONFIG_??? */, 0x5555555580a0, 0x55555555809e, 3)
    it("prints fsconfig's key, value and aux by command", function()
      assert.are.equal("3, FSCONFIG_SET_STRING, \"size\", \"1m\", 0", render("fsconfig", { args = { 3, 1, 0x9300, 0x9400, 0 }, mem = S }))
      assert.are.equal("-1, FSCONFIG_SET_BINARY, \"size\", \"\\x01\\x02\\x62\\x69\\x6e\", 5",
        render("fsconfig", { args = { -1, 2, 0x9300, 0x9500, 5 }, mem = S }))
      assert.are.equal("-1, FSCONFIG_SET_PATH, \"path\", \"/kern\", AT_FDCWD",
        render("fsconfig", { args = { -1, 3, 0x9700, 0x9600, -100 }, mem = S }))
      assert.are.equal("-1, FSCONFIG_SET_FD, \"size\", 0x9400, 5", render("fsconfig", { args = { -1, 5, 0x9300, 0x9400, 5 }, mem = S }))
      assert.are.equal("-1, FSCONFIG_SET_FLAG, \"size\", NULL, 0", render("fsconfig", { args = { -1, 0, 0x9300, 0, 0 }, mem = S }))
      assert.are.equal("-1, FSCONFIG_CMD_CREATE, 0x9300, 0x9400, 1", render("fsconfig", { args = { -1, 6, 0x9300, 0x9400, 1 }, mem = S }))
      assert.are.equal("-1, 0x4d /* FSCONFIG_??? */, 0x9300, 0x9400, 3", render("fsconfig", { args = { -1, 77, 0x9300, 0x9400, 3 }, mem = S }))
    end)

    -- mount_setattr(AT_FDCWD, "/tmp/mt/kern_mnt", AT_RECURSIVE, {attr_set=MOUNT_ATTR_NOEXEC|MOUNT_ATTR_NODIRATIME, attr_clr=MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME|0x40, propagation=MS_PRIVATE, userns_fd=0}, 32) = 0
    -- mount_setattr(-1, "", 0x1 /* AT_??? */, {attr_set=0, attr_clr=0, propagation=0 /* MS_??? */, userns_fd=0}, 32)
    -- mount_setattr(AT_FDCWD, "/kern_nonexistent", AT_RECURSIVE, 0x7fffffffec80, 16)
    it("decodes mount_setattr and struct mount_attr", function()
      local mem = { [0x9100] = "/kern_nonexistent\0", [0x9200] = "\0", [0x5000] = u64(0x88, 0x70, 0x40000, 0),
        [0x5100] = u64(0, 0, 0, 0) }
      assert.are.equal("AT_FDCWD, \"/kern_nonexistent\", AT_RECURSIVE, {attr_set=MOUNT_ATTR_NOEXEC|MOUNT_ATTR_NODIRATIME, " ..
        "attr_clr=MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME|0x40, propagation=MS_PRIVATE, userns_fd=0}, 32",
        render("mount_setattr", { args = { -100, 0x9100, 0x8000, 0x5000, 32 }, mem = mem }))
      assert.are.equal("-1, \"\", 0x1 /* AT_??? */, {attr_set=0, attr_clr=0, propagation=0 /* MS_??? */, userns_fd=0}, 32",
        render("mount_setattr", { args = { -1, 0x9200, 1, 0x5100, 32 }, mem = mem }))
      assert.are.equal("AT_FDCWD, \"/kern_nonexistent\", AT_RECURSIVE, 0x5000, 16",
        render("mount_setattr", { args = { -100, 0x9100, 0x8000, 0x5000, 16 }, mem = mem }))
    end)

    -- pivot_root("/kern_nonexistent", "/kern_nonexistent/old") / pivot_root(0xbadc0de0, "/tmp")
    it("decodes pivot_root", function()
      local mem = { [0x9100] = "/kern_nonexistent\0", [0x9600] = "/tmp\0" }
      assert.are.equal("0xbadc0de0, \"/tmp\"", render("pivot_root", { args = { 0xbadc0de0, 0x9600 }, mem = mem }))
      assert.are.equal("\"/kern_nonexistent\", \"/tmp\"", render("pivot_root", { args = { 0x9100, 0x9600 }, mem = mem }))
    end)
  end)

  describe("iopl, ioperm, ustat, sysfs", function()
    it("prints them as strace 6.1 does", function()
      -- iopl(4) / ioperm(0x80, 0x1, 0) / ustat(makedev(0x7f, 0xff), NULL) / ustat(makedev(0x456, 0x12378), 0x7fffffffec50)
      assert.are.equal("4", render("iopl", { args = { 4 } }))
      assert.are.equal("0x80, 0x1, 0", render("ioperm", { args = { 0x80, 1, 0 } }))
      assert.are.equal("makedev(0x7f, 0xff), NULL", render("ustat", { args = { 0x7fff, 0 } }))
      assert.are.equal("makedev(0x456, 0x12378), 0x7fffffffec50", render("ustat", { args = { 0x12345678, 0x7fffffffec50 } }))
      -- sysfs(0x1, 0x555555558033, 0xffffffffffffff80)
      assert.are.equal("0x1, 0x555555558033, 0xffffffffffffff80", render("sysfs", { args = { 1, 0x555555558033, -128 } }))
    end)
  end)

  describe("quotactl", function()
    local DQ = u64(100, 50, 0, 10, 0, 0, 0, 0) .. u32(5, 0)
    local mem = { [0x9000] = "/dev/kern_nonexistent\0", [0x9100] = "/kern_q\0", [0x5000] = DQ,
      [0x6000] = u64(3600, 7200) .. u32(0, 3) }

    -- quotactl(QCMD(Q_GETQUOTA, USRQUOTA), "/dev/kern_nonexistent", 0, 0x7fffffffec00) = -1 ENOENT
    -- quotactl(QCMD(Q_GETINFO, GRPQUOTA), NULL, 0x7fffffffebe0) = -1 ENODEV
    -- quotactl(QCMD(Q_SYNC, PRJQUOTA), "/dev/kern_nonexistent") = -1 ENOENT
    -- quotactl(QCMD(Q_QUOTAON, USRQUOTA), "/dev/kern_nonexistent", QFMT_VFS_V1, "/kern_q") = -1 ENOENT
    -- quotactl(QCMD(0x123456 /* Q_??? */, 0x5 /* ???QUOTA */), "/dev/kern_nonexistent", 7, 0xbadc0de0) = -1 EINVAL
    it("shows the arguments each command takes", function()
      assert.are.equal("QCMD(Q_GETQUOTA, USRQUOTA), \"/dev/kern_nonexistent\", 0, 0x7fffffffec00",
        render("quotactl", { args = { 0x80000700, 0x9000, 0, 0x7fffffffec00 }, err = 2, mem = mem }))
      assert.are.equal("QCMD(Q_GETINFO, GRPQUOTA), NULL, 0x7fffffffebe0",
        render("quotactl", { args = { 0x80000501, 0, 0, 0x7fffffffebe0 }, err = 19, mem = mem }))
      assert.are.equal("QCMD(Q_SYNC, PRJQUOTA), \"/dev/kern_nonexistent\"",
        render("quotactl", { args = { 0x80000102, 0x9000, 0, 0 }, err = 2, mem = mem }))
      assert.are.equal("QCMD(Q_QUOTAON, USRQUOTA), \"/dev/kern_nonexistent\", QFMT_VFS_V1, \"/kern_q\"",
        render("quotactl", { args = { 0x80000200, 0x9000, 4, 0x9100 }, err = 2, mem = mem }))
      assert.are.equal("QCMD(0x123456 /* Q_??? */, 0x5 /* ???QUOTA */), \"/dev/kern_nonexistent\", 7, 0xbadc0de0",
        render("quotactl", { args = { 0x12345605, 0x9000, 7, 0xbadc0de0 }, err = 22, mem = mem }))
    end)

    -- quotactl_fd(3, QCMD(Q_SETQUOTA, USRQUOTA), 4242, {dqb_bhardlimit=100, dqb_bsoftlimit=50, dqb_curspace=0, dqb_ihardlimit=10, dqb_isoftlimit=0, dqb_curinodes=0, ...})
    -- with -v: ..., dqb_btime=0, dqb_itime=0, dqb_valid=QIF_BLIMITS|QIF_ILIMITS})
    -- quotactl_fd(3, QCMD(Q_SETINFO, USRQUOTA), {dqi_bgrace=3600, dqi_igrace=7200, dqi_flags=0, dqi_valid=IIF_BGRACE|IIF_IGRACE})
    -- quotactl_fd(3, QCMD(Q_QUOTAOFF, PRJQUOTA))
    -- quotactl_fd(-1, QCMD(Q_GETFMT, USRQUOTA), 0x7fffffffebdc) = -1 EBADF
    it("decodes quotactl_fd and the quota structures", function()
      assert.are.equal("3, QCMD(Q_SETQUOTA, USRQUOTA), 4242, {dqb_bhardlimit=100, dqb_bsoftlimit=50, dqb_curspace=0, " ..
        "dqb_ihardlimit=10, dqb_isoftlimit=0, dqb_curinodes=0, ...}",
        render("quotactl_fd", { args = { 3, 0x80000800, 4242, 0x5000 }, err = 38, mem = mem }))
      assert.are.equal("3, QCMD(Q_SETINFO, USRQUOTA), {dqi_bgrace=3600, dqi_igrace=7200, dqi_flags=0, dqi_valid=IIF_BGRACE|IIF_IGRACE}",
        render("quotactl_fd", { args = { 3, 0x80000600, 0, 0x6000 }, err = 38, mem = mem }))
      assert.are.equal("3, QCMD(Q_QUOTAOFF, PRJQUOTA)", render("quotactl_fd", { args = { 3, 0x80000302, 0, 0 }, err = 38 }))
      assert.are.equal("-1, QCMD(Q_GETFMT, USRQUOTA), 0x7fffffffebdc",
        render("quotactl_fd", { args = { 0xffffffff, 0x80000400, 0, 0x7fffffffebdc }, err = 9 }))
      f.opts.verbose = true
      assert.are.equal("3, QCMD(Q_SETQUOTA, USRQUOTA), 4242, {dqb_bhardlimit=100, dqb_bsoftlimit=50, dqb_curspace=0, " ..
        "dqb_ihardlimit=10, dqb_isoftlimit=0, dqb_curinodes=0, dqb_btime=0, dqb_itime=0, dqb_valid=QIF_BLIMITS|QIF_ILIMITS}",
        render("quotactl_fd", { args = { 3, 0x80000800, 4242, 0x5000 }, err = 38, mem = mem }))
    end)
  end)

  -- strace 6.1 prints these as syscall_0x1c6...; the format follows the kernel's prototypes.
  describe("futex2", function()
    it("decodes futex_wake, futex_wait and futex_requeue", function()
      local mem = { [0x6000] = u64(0, 1000), [0x7000] = u64(1, 0x5000) .. u32(0x82, 0) .. u64(2, 0x5004) .. u32(0x82, 0) }
      assert.are.equal("0x5000, 0xffffffff, 1, FUTEX2_SIZE_U32|FUTEX2_PRIVATE",
        render("futex_wake", { args = { 0x5000, 0xffffffff, 1, 0x82 } }))
      assert.are.equal("0x5000, 5, 0xffffffff, FUTEX2_SIZE_U32|FUTEX2_PRIVATE, {tv_sec=0, tv_nsec=1000}, CLOCK_MONOTONIC",
        render("futex_wait", { args = { 0x5000, 5, 0xffffffff, 0x82, 0x6000, 1 }, mem = mem }))
      assert.are.equal("[{val=0x1, uaddr=0x5000, flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE}, " ..
        "{val=0x2, uaddr=0x5004, flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE}], 0, 1, 1",
        render("futex_requeue", { args = { 0x7000, 0, 1, 1 }, mem = mem }))
    end)
  end)
end)

-- strace -X raw / -X verbose ./v15, and bpf with kern_version=0x50a03 by hand.
describe("kern decoders under -X raw|verbose", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local function one(cb) return render("io_submit", { args = { CTX, 1, 0x1000 }, err = 22, mem = { [0x1000] = u64(0x2000), [0x2000] = cb } }) end

  it("styles aio_reqprio when it is an IOPRIO_PRIO_VALUE", function()
    local nop = iocb{ key = 3, rwf = 0x100, op = 6, prio = (2 << 13) | 4, fd = 999, flags = 2 }
    f.opts.xstyle = "verbose"
    assert.are.equal("0x7ffff7fbf000, 1, [{aio_data=0, aio_lio_opcode=42 /* IOCB_CMD_??? */, " ..
      "aio_reqprio=0x3 /* IOPRIO_PRIO_VALUE(0 /* IOPRIO_CLASS_NONE */, 3) */, aio_fildes=3}]",
      one(iocb{ op = 42, prio = 3, fd = 3, flags = 2 }))
    assert.are.equal("0x7ffff7fbf000, 1, [{aio_data=0, aio_key=3, aio_rw_flags=0x100 /* RWF_??? */, " ..
      "aio_lio_opcode=6 /* IOCB_CMD_NOOP */, aio_reqprio=0x4004 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */, " ..
      "aio_fildes=999}]", one(nop))
    f.opts.xstyle = "raw"
    assert.are.equal("0x7ffff7fbf000, 1, [{aio_data=0, aio_key=3, aio_rw_flags=0x100, aio_lio_opcode=6, " ..
      "aio_reqprio=0x4004, aio_fildes=999}]", one(nop))
    assert.are.equal("0x7ffff7fbf000, 1, [{aio_data=0, aio_lio_opcode=42, aio_reqprio=3, aio_fildes=3}]",
      one(iocb{ op = 42, prio = 3, fd = 3 }))
  end)

  -- bpf(0x5 /* BPF_PROG_LOAD */, {prog_type=0x1 /* BPF_PROG_TYPE_SOCKET_FILTER */, ..., kern_version=0x50a03 /* KERNEL_VERSION(5, 10, 3) */, ...}, 72)
  it("styles bpf's kern_version", function()
    local attr = string.pack("<I4I4I8I8I4I4I8I4I4", 1, 0, 0, 0x3000, 0, 0, 0, 0x50a03, 0) .. ("\0"):rep(72 - 48)
    local mem = { [0x1000] = attr, [0x3000] = "GPL\0" }
    f.opts.xstyle = "verbose"
    assert.are.equal("0x5 /* BPF_PROG_LOAD */, {prog_type=0x1 /* BPF_PROG_TYPE_SOCKET_FILTER */, insn_cnt=0, insns=NULL, " ..
      'license="GPL", log_level=0, log_size=0, log_buf=NULL, kern_version=0x50a03 /* KERNEL_VERSION(5, 10, 3) */, ' ..
      'prog_flags=0, prog_name="", prog_ifindex=0, expected_attach_type=0 /* BPF_CGROUP_INET_INGRESS */}, 72',
      render("bpf", { args = { 5, 0x1000, 72 }, err = 7, mem = mem }))
    f.opts.xstyle = "raw"
    assert.are.equal("0x5, {prog_type=0x1, insn_cnt=0, insns=NULL, license=\"GPL\", log_level=0, log_size=0, " ..
      "log_buf=NULL, kern_version=0x50a03, prog_flags=0, prog_name=\"\", prog_ifindex=0, expected_attach_type=0}, 72",
      render("bpf", { args = { 5, 0x1000, 72 }, err = 7, mem = mem }))
  end)

  -- ustat(0x12345678 /* makedev(0x456, 0x12378) */, 0x7fffffffec40) = -1 EINVAL
  -- quotactl(2147483906 /* QCMD(Q_SYNC, PRJQUOTA) */, "/dev/kern_nonexistent") = -1 ENOENT
  -- quotactl(305419781 /* QCMD(0x123456 /* Q_??? */, 0x5 /* ???QUOTA */) */, "/dev/kern_nonexistent", 7, 0xbadc0de0) = -1 EINVAL
  it("styles ustat's device and quotactl's command", function()
    local mem = { [0x1000] = "/dev/kern_nonexistent\0" }
    f.opts.xstyle = "verbose"
    assert.are.equal("0x12345678 /* makedev(0x456, 0x12378) */, 0x7fffffffec40",
      render("ustat", { args = { 0x12345678, 0x7fffffffec40 }, err = 22 }))
    assert.are.equal('2147483906 /* QCMD(Q_SYNC, PRJQUOTA) */, "/dev/kern_nonexistent"',
      render("quotactl", { args = { 0x80000102, 0x1000 }, err = 2, mem = mem }))
    assert.are.equal('305419781 /* QCMD(0x123456 /* Q_??? */, 0x5 /* ???QUOTA */) */, "/dev/kern_nonexistent", 7, 0xbadc0de0',
      render("quotactl", { args = { 305419781, 0x1000, 7, 0xbadc0de0 }, err = 22, mem = mem }))
    f.opts.xstyle = "raw"
    assert.are.equal("0x12345678, 0x7fffffffec40", render("ustat", { args = { 0x12345678, 0x7fffffffec40 }, err = 22 }))
    assert.are.equal('2147483906, "/dev/kern_nonexistent"',
      render("quotactl", { args = { 0x80000102, 0x1000 }, err = 2, mem = mem }))
    assert.are.equal('305419781, "/dev/kern_nonexistent", 7, 0xbadc0de0',
      render("quotactl", { args = { 305419781, 0x1000, 7, 0xbadc0de0 }, err = 22, mem = mem }))
  end)

  -- strace 6.1: lookup_dcookie(1, 0x2, 3) = -1 ENOSYS (Function not implemented)
  it("shapes lookup_dcookie as strace does", function()
    local D = require("moontrace.decode").decoders
    local fake = require "fake_event"
    assert.are.equal("1, 0x2, 3", fake.render(D.lookup_dcookie, fake.event{ args = { 1, 2, 3 } }, require "moontrace.fmt"))
  end)
end)
