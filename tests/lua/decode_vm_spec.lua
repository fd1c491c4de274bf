-- The vm decoders (lua/moontrace/decode/vm.lua) on hand-made events.  Each
-- expected string is a line of `strace ./v13` (tests/lua/victims/v13.c), strace 6.1.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

local u64, u32 = fake.u64, fake.u32

local function render(name, t)
  return fake.render(D[name], fake.event(t), f)
end

describe("vm decoders", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  describe("memory policy", function()
    -- get_mempolicy([MPOL_DEFAULT], [0000000000000000], 64, NULL, 0) = 0
    -- get_mempolicy([0x8002 /* MPOL_??? */], [0x00000000000003], 8, NULL, 0) = 0
    it("shows the mode and node mask the kernel wrote", function()
      assert.are.equal("[MPOL_DEFAULT], [0000000000000000], 64, NULL, 0",
        render("get_mempolicy", { args = { 0x1000, 0x2000, 64 }, mem = { [0x1000] = u32(0), [0x2000] = u64(0) } }))
      assert.are.equal("[0x8002 /* MPOL_??? */], [0x00000000000003], 8, NULL, 0",
        render("get_mempolicy", { args = { 0x1000, 0x2000, 8 }, mem = { [0x1000] = u32(0x8002), [0x2000] = u64(3) } }))
    end)

    -- get_mempolicy(0x7fffffffebec, 0x7fffffffebf0, 1025, NULL, 0x10 /* MPOL_??? */) = -1 EINVAL
    -- get_mempolicy([MPOL_DEFAULT], 0x7fffffffebf0, 1, NULL, 0) = 0
    -- get_mempolicy(NULL, NULL, 0, NULL, MPOL_F_NODE|0xffffffff00000000) = -1 EINVAL
    it("shows addresses after a failure and for an empty or wrapping mask", function()
      local mem = { [0x7fffffffebec] = u32(0) .. u64(0, 0) }
      assert.are.equal("0x7fffffffebec, 0x7fffffffebf0, 1025, NULL, 0x10 /* MPOL_??? */",
        render("get_mempolicy", { args = { 0x7fffffffebec, 0x7fffffffebf0, 1025, 0, 0x10 }, err = 22, mem = mem }))
      assert.are.equal("[MPOL_DEFAULT], 0x7fffffffebf0, 1, NULL, 0",
        render("get_mempolicy", { args = { 0x7fffffffebec, 0x7fffffffebf0, 1 }, mem = mem }))
      assert.are.equal("[MPOL_DEFAULT], 0x7fffffffebf0, 18446744073709551615, NULL, 0",
        render("get_mempolicy", { args = { 0x7fffffffebec, 0x7fffffffebf0, -1 }, mem = mem }))
      assert.are.equal("NULL, NULL, 0, NULL, MPOL_F_NODE|0xffffffff00000000",
        render("get_mempolicy", { args = { 0, 0, 0, 0, 0xffffffff00000001 }, err = 22 }))
    end)

    -- set_mempolicy(MPOL_F_STATIC_NODES|0x6, [0x00000000000001], 8) = 0
    -- set_mempolicy(0x102 /* MPOL_??? */, [0x00000000000001], 8) = -1 EINVAL
    -- set_mempolicy(MPOL_DEFAULT|MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING, ...
    -- set_mempolicy(MPOL_BIND, [0x8000000000000003, 0x000000000000fe, 0x00000000001234, 0000000000000000], 200) = 0
    it("prints the mode, its flags and the mask", function()
      local mem = { [0x3000] = u64(1) }
      assert.are.equal("MPOL_F_STATIC_NODES|0x6, [0x00000000000001], 8",
        render("set_mempolicy", { args = { 0x8006, 0x3000, 8 }, mem = mem }))
      assert.are.equal("0x102 /* MPOL_??? */, [0x00000000000001], 8",
        render("set_mempolicy", { args = { 0x102, 0x3000, 8 }, mem = mem }))
      assert.are.equal("MPOL_BIND, [0x00000000000001], 8",
        render("set_mempolicy", { args = { 0xffffffff00000002, 0x3000, 8 }, mem = mem }))
      assert.are.equal(
        "MPOL_DEFAULT|MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING, [0x00000000000001], 8",
        render("set_mempolicy", { args = { 0xe000, 0x3000, 8 }, mem = mem }))
      assert.are.equal(
        "MPOL_BIND, [0x8000000000000003, 0x000000000000fe, 0x00000000001234, 0000000000000000], 200",
        render("set_mempolicy", { args = { 2, 0x3000, 200 },
          mem = { [0x3000] = u64(0x8000000000000003, 0xfe, 0x1234, 0) } }))
      assert.are.equal("MPOL_DEFAULT, NULL, 0", render("set_mempolicy", { args = { 0, 0, 0 } }))
      assert.are.equal("MPOL_BIND, 0x1, 8", render("set_mempolicy", { args = { 2, 1, 8 } }))
    end)

    it("cuts a long mask at -s elements unless -v", function()
      local mem = { [0x3000] = ("\0"):rep(8 * 33) }
      local text = render("set_mempolicy", { args = { 2, 0x3000, 33 * 64 }, mem = mem })
      assert.are.equal("MPOL_BIND, [" .. ("0000000000000000, "):rep(32) .. "...], 2112", text)
      f.opts.verbose = true
      text = render("set_mempolicy", { args = { 2, 0x3000, 33 * 64 }, mem = mem })
      assert.are.equal("MPOL_BIND, [" .. ("0000000000000000, "):rep(32) .. "0000000000000000], 2112", text)
    end)

    -- mbind(0x7ffff7fbc000, 8192, MPOL_PREFERRED|MPOL_F_STATIC_NODES, [0x00000000000001], 65, MPOL_MF_MOVE|MPOL_MF_MOVE_ALL) = 0
    -- mbind(0x5611d43332a0, 8, 0xffffffff00000002 /* MPOL_??? */, [0x00000000000001], 8, MPOL_MF_STRICT) = -1 EINVAL
    -- mbind(0x7ffff7fbc000, 4096, MPOL_INTERLEAVE, [0x00000000000001], 3, 0x108 /* MPOL_??? */) = -1 EINVAL
    it("decodes mbind", function()
      local mem = { [0x3000] = u64(1) }
      assert.are.equal(
        "0x7ffff7fbc000, 8192, MPOL_PREFERRED|MPOL_F_STATIC_NODES, [0x00000000000001], 65, MPOL_MF_MOVE|MPOL_MF_MOVE_ALL",
        render("mbind", { args = { 0x7ffff7fbc000, 8192, 0x8001, 0x3000, 65, 6 }, mem = mem }))
      assert.are.equal("0x3000, 8, 0xffffffff00000002 /* MPOL_??? */, [0x00000000000001], 8, MPOL_MF_STRICT",
        render("mbind", { args = { 0x3000, 8, 0xffffffff00000002, 0x3000, 8, 0xffffffff00000001 }, mem = mem }))
      assert.are.equal("0x7ffff7fbc000, 4096, MPOL_INTERLEAVE, [0x00000000000001], 3, 0x108 /* MPOL_??? */",
        render("mbind", { args = { 0x7ffff7fbc000, 4096, 3, 0x3000, 3, 0x108 }, mem = mem }))
    end)

    -- migrate_pages(0, 64, [0x00000000000001], [0x00000000000001]) = 0
    -- migrate_pages(0, 64, 0x1, [0x00000000000001]) = -1 EFAULT
    it("decodes migrate_pages", function()
      local mem = { [0x3000] = u64(1) }
      assert.are.equal("0, 64, [0x00000000000001], [0x00000000000001]",
        render("migrate_pages", { args = { 0, 64, 0x3000, 0x3000 }, mem = mem }))
      assert.are.equal("0, 64, 0x1, [0x00000000000001]",
        render("migrate_pages", { args = { 0xffffffff00000000, 64, 1, 0x3000 }, err = 14, mem = mem }))
    end)

    -- move_pages(0, 3, [0x7ffff7fbc000, 0x7ffff7fbd000, 0x1], NULL, [0, -ENOENT, -EFAULT], 0) = 0
    -- move_pages(0, 2, [0x7ffff7fbc000, 0x7ffff7fbd000], [0, 0], [0, -ENOENT], MPOL_MF_MOVE) = 0
    -- move_pages(0, 1, [0x7ffff7fbc000], NULL, 0x7fffffffeb88, 0x20 /* MPOL_??? */) = -1 EINVAL
    it("shows move_pages' status after the call", function()
      local mem = { [0x1000] = u64(0x7ffff7fbc000, 0x7ffff7fbd000, 1), [0x2000] = u32(0, 0, 0),
                    [0x3000] = string.pack("<i4i4i4", 0, -2, -14) }
      assert.are.equal("0, 3, [0x7ffff7fbc000, 0x7ffff7fbd000, 0x1], NULL, [0, -ENOENT, -EFAULT], 0",
        render("move_pages", { args = { 0, 3, 0x1000, 0, 0x3000, 0 }, mem = mem }))
      assert.are.equal("0, 2, [0x7ffff7fbc000, 0x7ffff7fbd000], [0, 0], [0, -ENOENT], MPOL_MF_MOVE",
        render("move_pages", { args = { 0, 2, 0x1000, 0x2000, 0x3000, 2 }, mem = mem }))
      assert.are.equal("0, 1, [0x7ffff7fbc000], NULL, 0x3000, 0x20 /* MPOL_??? */",
        render("move_pages", { args = { 0, 1, 0x1000, 0, 0x3000, 0x20 }, err = 22, mem = mem }))
    end)

    -- set_mempolicy_home_node(NULL, 8, 18446744069414584321, 0xffffffff00000001) = -1 EINVAL
    it("decodes set_mempolicy_home_node", function()
      assert.are.equal("NULL, 8, 18446744069414584321, 0xffffffff00000001",
        render("set_mempolicy_home_node", { args = { 0, 8, 0xffffffff00000001, 0xffffffff00000001 } }))
    end)
  end)

  describe("descriptors of the old and small calls", function()
    -- signalfd(-1, [USR1 CHLD], 8) = 3 ; signalfd(-1, 0x7fffffffec20, 4) = -1 EINVAL
    it("decodes signalfd and eventfd", function()
      local set = u64((1 << 9) | (1 << 16))
      assert.are.equal("-1, [USR1 CHLD], 8", render("signalfd", { args = { -1, 0x1000, 8 }, mem = { [0x1000] = set } }))
      assert.are.equal("-1, 0x1000, 4", render("signalfd", { args = { -1, 0x1000, 4 }, mem = { [0x1000] = set } }))
      assert.are.equal("4294967295", render("eventfd", { args = { 0xffffffff } }))
    end)

    -- userfaultfd(UFFD_USER_MODE_ONLY|O_NONBLOCK|O_CLOEXEC) = 3 ; userfaultfd(0x10 /* UFFD_??? */)
    -- userfaultfd(O_NONBLOCK|0x2)
    it("decodes userfaultfd flags", function()
      assert.are.equal("UFFD_USER_MODE_ONLY|O_NONBLOCK|O_CLOEXEC", render("userfaultfd", { args = { 0x80801 } }))
      assert.are.equal("0x10 /* UFFD_??? */", render("userfaultfd", { args = { 0x10 } }))
      assert.are.equal("O_NONBLOCK|0x2", render("userfaultfd", { args = { 0x802 } }))
      assert.are.equal("0", render("userfaultfd", { args = { 0 } }))
    end)

    -- pkey_alloc(0, PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE) ; pkey_alloc(0, 0x10 /* PKEY_??? */)
    -- pkey_alloc(0x1, 0) ; pkey_free(-1) ; memfd_secret(O_CLOEXEC) ; memfd_secret(0x1)
    it("decodes pkeys and memfd_secret", function()
      assert.are.equal("0, PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE", render("pkey_alloc", { args = { 0, 3 } }))
      assert.are.equal("0, 0x10 /* PKEY_??? */", render("pkey_alloc", { args = { 0, 0x10 } }))
      assert.are.equal("0x1, 0", render("pkey_alloc", { args = { 1, 0 } }))
      assert.are.equal("-1", render("pkey_free", { args = { -1 } }))
      assert.are.equal("O_CLOEXEC", render("memfd_secret", { args = { 0x80000 } }))
      assert.are.equal("0x1", render("memfd_secret", { args = { 1 } }))
      assert.are.equal("0", render("memfd_secret", { args = { 0 } }))
    end)

    -- vmsplice(4, [{iov_base="hello", iov_len=5}], 1, SPLICE_F_MOVE|SPLICE_F_NONBLOCK|SPLICE_F_MORE|SPLICE_F_GIFT) = 5
    -- vmsplice(4, 0x1, 2, 0) = -1 EFAULT
    it("decodes vmsplice", function()
      local mem = { [0x1000] = u64(0x2000, 5), [0x2000] = "hello" }
      assert.are.equal(
        '4, [{iov_base="hello", iov_len=5}], 1, SPLICE_F_MOVE|SPLICE_F_NONBLOCK|SPLICE_F_MORE|SPLICE_F_GIFT',
        render("vmsplice", { args = { 4, 0x1000, 1, 15 }, mem = mem }))
      assert.are.equal("4, 0x1, 2, 0", render("vmsplice", { args = { 4, 1, 2, 0 }, err = 14 }))
    end)

    -- remap_file_pages(0x7ffff7fbc001, 4096, PROT_NONE, 1, MAP_FILE|MAP_POPULATE|MAP_NONBLOCK) = 0
    -- remap_file_pages(NULL, 4096, PROT_NONE, 0, MAP_FILE) = -1 EINVAL
    it("decodes remap_file_pages", function()
      assert.are.equal("0x7ffff7fbc001, 4096, PROT_NONE, 1, MAP_FILE|MAP_POPULATE|MAP_NONBLOCK",
        render("remap_file_pages", { args = { 0x7ffff7fbc001, 4096, 0, 1, 0x18000 } }))
      assert.are.equal("NULL, 4096, PROT_NONE, 0, MAP_FILE", render("remap_file_pages", { args = { 0, 4096 } }))
    end)
  end)

  describe("fanotify", function()
    -- fanotify_init(0xc /* FAN_CLASS_??? */|FAN_CLOEXEC, O_RDONLY) = -1 EINVAL
    -- fanotify_init(FAN_CLASS_NOTIF|0x80000000 /* FAN_??? */, O_RDONLY|O_CREAT|O_TRUNC|O_APPEND|O_SYNC|O_DIRECT|O_NOATIME|O_PATH|0x12000038)
    -- fanotify_init(FAN_CLASS_NOTIF, O_RDWR) = 4   (flags 0xffffffff00000000, 0xffffffff00000002)
    it("decodes fanotify_init", function()
      assert.are.equal("0xc /* FAN_CLASS_??? */|FAN_CLOEXEC, O_RDONLY", render("fanotify_init", { args = { 0xd, 0 } }))
      assert.are.equal(
        "FAN_CLASS_NOTIF|0x80000000 /* FAN_??? */, O_RDONLY|O_CREAT|O_TRUNC|O_APPEND|O_SYNC|O_DIRECT|O_NOATIME|O_PATH|0x12000038",
        render("fanotify_init", { args = { 0x80000000, 0x12345678 } }))
      assert.are.equal("FAN_CLASS_NOTIF, O_RDWR",
        render("fanotify_init", { args = { 0xffffffff00000000, 0xffffffff00000002 } }))
      assert.are.equal("FAN_CLASS_NOTIF|FAN_REPORT_TID|FAN_REPORT_FID|FAN_REPORT_DIR_FID|FAN_REPORT_NAME, O_RDONLY",
        render("fanotify_init", { args = { 0xf00, 0 } }))
    end)

    -- fanotify_mark(4, FAN_MARK_ADD, FAN_MODIFY|FAN_CLOSE_WRITE|FAN_OPEN, AT_FDCWD, "/tmp/mt/vm_fan") = 0
    -- fanotify_mark(99, FAN_MARK_MOUNT|FAN_MARK_FILESYSTEM, FAN_CLOSE_WRITE|FAN_CLOSE_NOWRITE, FAN_NOFD, NULL) = -1 EINVAL
    -- fanotify_mark(99, 0, 0, 1, NULL) = -1 EINVAL
    -- fanotify_mark(4, FAN_MARK_ADD, 0x100000000 /* FAN_??? */, AT_FDCWD, "/tmp/mt/vm_fan") = -1 EINVAL
    it("decodes fanotify_mark", function()
      local mem = { [0x1000] = "/tmp/mt/vm_fan\0" }
      assert.are.equal('4, FAN_MARK_ADD, FAN_MODIFY|FAN_CLOSE_WRITE|FAN_OPEN, AT_FDCWD, "/tmp/mt/vm_fan"',
        render("fanotify_mark", { args = { 4, 1, 0x2a, -100, 0x1000 }, mem = mem }))
      assert.are.equal("99, FAN_MARK_MOUNT|FAN_MARK_FILESYSTEM, FAN_CLOSE_WRITE|FAN_CLOSE_NOWRITE, FAN_NOFD, NULL",
        render("fanotify_mark", { args = { 99, 0x110, 0x18, -1, 0 } }))
      assert.are.equal("99, 0, 0, 1, NULL", render("fanotify_mark", { args = { 99, 0, 0, 0xffffffff00000001, 0 } }))
      assert.are.equal('4, FAN_MARK_ADD, 0x100000000 /* FAN_??? */, AT_FDCWD, "/tmp/mt/vm_fan"',
        render("fanotify_mark", { args = { 4, 1, 0x100000000, -100, 0x1000 }, mem = mem }))
    end)
  end)

  describe("file handles", function()
    local path = { [0x1000] = "/etc\0" }
    local function handle(bytes, htype, data) return u32(bytes) .. string.pack("<i4", htype) .. data end

    -- name_to_handle_at(AT_FDCWD, "/etc", {handle_bytes=128 => 8, handle_type=1, f_handle="\x13\x00\x00\x00\x00\x00\x00\x00"}, [27], 0) = 0
    it("shows the size before and after and the handle", function()
      local ev = fake.event{ kind = "enter", args = { -100, 0x1000, 0x2000, 0x3000, 0 },
        mem = { [0x1000] = "/etc\0", [0x2000] = handle(128, 0, ("\0"):rep(128)), [0x3000] = u32(0) } }
      local text = D.name_to_handle_at.enter(ev, f)
      assert.are.equal('AT_FDCWD, "/etc", {handle_bytes=128', text)
      ev.kind = "exit"
      ev.mem[0x2000] = handle(8, 1, "\x13" .. ("\0"):rep(127))
      ev.mem[0x3000] = u32(27)
      assert.are.equal(' => 8, handle_type=1, f_handle="\\x13\\x00\\x00\\x00\\x00\\x00\\x00\\x00"}, [27], 0',
        D.name_to_handle_at.exit(ev, f))
    end)

    -- name_to_handle_at(3, "passwd", {handle_bytes=0 => 8}, 0x7fffffffeb9c, 0) = -1 EOVERFLOW
    -- name_to_handle_at(AT_FDCWD, "/etc/passwd", 0x1, 0x7fffffffec1c, 0) = -1 EFAULT
    -- name_to_handle_at(AT_FDCWD, "/etc/passwd", {handle_bytes=8}, 0x7fffffffeb9c, 0x4001 /* AT_??? */) = -1 EINVAL
    it("after a failure shows only the size", function()
      local mem = { [0x1000] = "passwd\0", [0x2000] = handle(0, 0, "") }
      local ev = fake.event{ kind = "enter", args = { 3, 0x1000, 0x2000, 0x7fffffffeb9c, 0 }, mem = mem }
      local text = D.name_to_handle_at.enter(ev, f)
      mem[0x2000] = handle(8, 0, "")
      ev.kind, ev.err = "exit", 75
      assert.are.equal('3, "passwd", {handle_bytes=0 => 8}, 0x7fffffffeb9c, 0', text .. D.name_to_handle_at.exit(ev, f))
      assert.are.equal('3, "passwd", 0x1, 0x7fffffffec1c, 0',
        render("name_to_handle_at", { args = { 3, 0x1000, 1, 0x7fffffffec1c, 0 }, err = 14, mem = mem }))
      assert.are.equal('3, "passwd", {handle_bytes=8}, 0x7fffffffeb9c, 0x4001 /* AT_??? */',
        render("name_to_handle_at", { args = { 3, 0x1000, 0x2000, 0x7fffffffeb9c, 0x4001 }, err = 22, mem = mem }))
    end)

    -- open_by_handle_at(-100, {handle_bytes=8, handle_type=1, f_handle="\x13..."}, O_RDONLY|O_DIRECTORY) = 3
    -- open_by_handle_at(3, {handle_bytes=8, handle_type=1234, f_handle="\x01\x02\x03\x04\xff\xfe\xfd\xfc"}, O_RDONLY) = -1 ESTALE
    -- open_by_handle_at(-100, 0x1, O_RDWR|O_CLOEXEC) = -1 EFAULT
    it("decodes open_by_handle_at, the handle cut at 128 bytes", function()
      assert.are.equal('3, {handle_bytes=8, handle_type=1234, f_handle="\\x01\\x02\\x03\\x04\\xff\\xfe\\xfd\\xfc"}, O_RDONLY',
        render("open_by_handle_at", { args = { 3, 0x2000, 0 },
          mem = { [0x2000] = handle(8, 1234, "\1\2\3\4\255\254\253\252") } }))
      assert.are.equal("-100, 0x1, O_RDWR|O_CLOEXEC", render("open_by_handle_at", { args = { -100, 1, 0x80002 } }))
      local text = render("open_by_handle_at", { args = { 3, 0x2000, 0 },
        mem = { [0x2000] = handle(4000, 1, ("\0"):rep(200)) } })
      assert.are.equal('3, {handle_bytes=4000, handle_type=1, f_handle="' .. ("\\x00"):rep(128) .. '"...}, O_RDONLY', text)
    end)
  end)

  describe("io_uring", function()
    local function params(flags, cpu, idle, wq, resv)
      return u32(0, 0, flags, cpu, idle, 0, wq, resv[1], resv[2], resv[3]) .. ("\0"):rep(80)
    end

    -- io_uring_setup(1, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, resv=[0, 0x5, 0]}) = -1 EINVAL
    -- io_uring_setup(1, {flags=IORING_SETUP_SQPOLL|IORING_SETUP_SQ_AFF|IORING_SETUP_ATTACH_WQ, sq_thread_cpu=0x1, sq_thread_idle=100, wq_fd=99}) = -1 ENXIO
    it("shows the caller's params and nothing more after a failure", function()
      assert.are.equal("1, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, resv=[0, 0x5, 0]}",
        render("io_uring_setup", { args = { 1, 0x1000 }, err = 22, mem = { [0x1000] = params(0, 0, 0, 0, { 0, 5, 0 }) } }))
      assert.are.equal(
        "1, {flags=IORING_SETUP_SQPOLL|IORING_SETUP_SQ_AFF|IORING_SETUP_ATTACH_WQ, sq_thread_cpu=0x1, sq_thread_idle=100, wq_fd=99}",
        render("io_uring_setup", { args = { 1, 0x1000 }, err = 6, mem = { [0x1000] = params(0x26, 1, 100, 99, { 0, 0, 0 }) } }))
      assert.are.equal("1, 0x1", render("io_uring_setup", { args = { 1, 1 }, err = 14 }))
    end)

    -- io_uring_setup(4, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=4, cq_entries=8, features=...|0x3e000, sq_off={...}, cq_off={...}}) = 3
    it("shows the kernel's part after success", function()
      local b = u32(4, 8, 0, 0, 0, 0x3ffff, 0, 0, 0, 0) .. u32(0, 4, 16, 24, 36, 32, 192, 0) .. u64(0) ..
        u32(8, 12, 20, 28, 44, 64, 40, 0) .. u64(0)
      assert.are.equal("4, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=4, cq_entries=8, " ..
        "features=IORING_FEAT_SINGLE_MMAP|IORING_FEAT_NODROP|IORING_FEAT_SUBMIT_STABLE|IORING_FEAT_RW_CUR_POS|" ..
        "IORING_FEAT_CUR_PERSONALITY|IORING_FEAT_FAST_POLL|IORING_FEAT_POLL_32BITS|IORING_FEAT_SQPOLL_NONFIXED|" ..
        "IORING_FEAT_EXT_ARG|IORING_FEAT_NATIVE_WORKERS|IORING_FEAT_RSRC_TAGS|IORING_FEAT_CQE_SKIP|" ..
        "IORING_FEAT_LINKED_FILE|0x3e000, sq_off={head=0, tail=4, ring_mask=16, ring_entries=24, flags=36, " ..
        "dropped=32, array=192}, cq_off={head=8, tail=12, ring_mask=20, ring_entries=28, overflow=44, cqes=64, flags=40}}",
        render("io_uring_setup", { args = { 4, 0x1000 }, ret = 3, mem = { [0x1000] = b } }))
    end)

    -- io_uring_enter(3, 0, 0, IORING_ENTER_GETEVENTS, [USR2], 8) = 0
    -- io_uring_enter(3, 0, 0, 0x100 /* IORING_ENTER_??? */, NULL, 0) = -1 EINVAL
    -- io_uring_enter(3, 0, 0, IORING_ENTER_EXT_ARG, 0x7fff2bf37150, 24) = 0
    it("decodes io_uring_enter", function()
      assert.are.equal("3, 0, 0, IORING_ENTER_GETEVENTS, [USR2], 8",
        render("io_uring_enter", { args = { 3, 0, 0, 1, 0x1000, 8 }, mem = { [0x1000] = u64(1 << 11) } }))
      assert.are.equal("3, 0, 0, 0x100 /* IORING_ENTER_??? */, NULL, 0",
        render("io_uring_enter", { args = { 3, 0, 0, 0x100, 0, 0 } }))
      assert.are.equal("3, 0, 0, IORING_ENTER_EXT_ARG, 0x1000, 24",
        render("io_uring_enter", { args = { 3, 0, 0, 8, 0x1000, 24 }, mem = { [0x1000] = u64(0, 8, 0) } }))
    end)

    -- io_uring_register(3, IORING_REGISTER_FILES, [0, 1], 2) = 0
    -- io_uring_register(3, IORING_REGISTER_FILES_UPDATE, {offset=0, fds=[0, 1]}, 2) = 2
    -- io_uring_register(3, IORING_REGISTER_BUFFERS, [{iov_base=0x7fffffffeb50, iov_len=64}], 1) = 0
    -- io_uring_register(3, 0x80000002 /* IORING_REGISTER_??? */, 0x7fffffffeb98, 2) = -1 EBADF
    -- io_uring_register(3, IORING_REGISTER_PBUF_RING, {ring_addr=NULL, ring_entries=8, bgid=1}, 1) = -1 EFAULT
    it("decodes io_uring_register by opcode", function()
      local mem = { [0x1000] = u32(0, 1), [0x2000] = u32(0, 0) .. u64(0x1000), [0x3000] = u64(0x7fffffffeb50, 64),
                    [0x4000] = u64(0) .. u32(8) .. string.pack("<I2I2", 1, 0) .. u64(0, 0, 0) }
      assert.are.equal("3, IORING_REGISTER_FILES, [0, 1], 2", render("io_uring_register", { args = { 3, 2, 0x1000, 2 }, mem = mem }))
      assert.are.equal("3, IORING_REGISTER_FILES_UPDATE, {offset=0, fds=[0, 1]}, 2",
        render("io_uring_register", { args = { 3, 6, 0x2000, 2 }, mem = mem }))
      assert.are.equal("3, IORING_REGISTER_BUFFERS, [{iov_base=0x7fffffffeb50, iov_len=64}], 1",
        render("io_uring_register", { args = { 3, 0, 0x3000, 1 }, mem = mem }))
      assert.are.equal("3, 0x80000002 /* IORING_REGISTER_??? */, 0x1000, 2",
        render("io_uring_register", { args = { 3, 0x80000002, 0x1000, 2 }, mem = mem }))
      assert.are.equal("3, IORING_REGISTER_PBUF_RING, {ring_addr=NULL, ring_entries=8, bgid=1}, 1",
        render("io_uring_register", { args = { 3, 22, 0x4000, 1 }, mem = mem }))
    end)
  end)

  -- futex_waitv([{val=0x1, uaddr=0x55555555b0a8, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}], 1, 0, NULL, CLOCK_MONOTONIC) = -1 EAGAIN
  -- futex_waitv([{val=0x5, uaddr=0x55c48476d020, flags=0, __reserved=0x7}], 1, 0, {tv_sec=0, tv_nsec=0}, 0x63 /* CLOCK_??? */) = -1 EINVAL
  it("decodes futex_waitv", function()
    local mem = { [0x1000] = u64(1, 0x55555555b0a8) .. u32(0x82, 0), [0x2000] = u64(5, 0x55c48476d020) .. u32(0, 7),
                  [0x3000] = u64(0, 0) }
    assert.are.equal("[{val=0x1, uaddr=0x55555555b0a8, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}], 1, 0, NULL, CLOCK_MONOTONIC",
      render("futex_waitv", { args = { 0x1000, 1, 0, 0, 1 }, mem = mem }))
    assert.are.equal("[{val=0x5, uaddr=0x55c48476d020, flags=0, __reserved=0x7}], 1, 0, {tv_sec=0, tv_nsec=0}, 0x63 /* CLOCK_??? */",
      render("futex_waitv", { args = { 0x2000, 1, 0, 0x3000, 99 }, mem = mem }))
    assert.are.equal("NULL, 0, 0, NULL, CLOCK_REALTIME", render("futex_waitv", { args = { 0, 0, 0, 0, 0 } }))
  end)

  describe("landlock", function()
    -- landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE, ...}, 16, 0) = 4
    -- landlock_create_ruleset(0x7fffffffec70, 4, 0) = -1 EINVAL
    -- landlock_create_ruleset(NULL, 0, 0x2 /* LANDLOCK_CREATE_RULESET_??? */) = 7
    it("decodes landlock_create_ruleset", function()
      local mem = { [0x1000] = u64(1, 0) }
      assert.are.equal("{handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE, ...}, 16, 0",
        render("landlock_create_ruleset", { args = { 0x1000, 16, 0 }, mem = mem }))
      assert.are.equal("{handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE}, 8, 0x8 /* LANDLOCK_CREATE_RULESET_??? */",
        render("landlock_create_ruleset", { args = { 0x1000, 8, 8 }, mem = mem }))
      assert.are.equal("0x1000, 4, 0", render("landlock_create_ruleset", { args = { 0x1000, 4, 0 }, mem = mem }))
      assert.are.equal("NULL, 0, 0x2 /* LANDLOCK_CREATE_RULESET_??? */",
        render("landlock_create_ruleset", { args = { 0, 0, 2 } }))
      assert.are.equal("NULL, 0, LANDLOCK_CREATE_RULESET_VERSION", render("landlock_create_ruleset", { args = { 0, 0, 1 } }))
    end)

    -- landlock_add_rule(3, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=0x10000 /* LANDLOCK_ACCESS_FS_??? */, parent_fd=8}, 0) = -1 EINVAL
    -- landlock_add_rule(3, 0x2 /* LANDLOCK_RULE_??? */, 0x7fffffffec60, 0) = -1 EINVAL
    -- landlock_restrict_self(3, 0x8) = -1 EINVAL
    it("decodes landlock_add_rule and landlock_restrict_self", function()
      local mem = { [0x1000] = u64(0x10000) .. string.pack("<i4", 8) }
      assert.are.equal("3, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=0x10000 /* LANDLOCK_ACCESS_FS_??? */, parent_fd=8}, 0",
        render("landlock_add_rule", { args = { 3, 1, 0x1000, 0 }, mem = mem }))
      assert.are.equal("3, 0x2 /* LANDLOCK_RULE_??? */, 0x1000, 0",
        render("landlock_add_rule", { args = { 3, 2, 0x1000, 0 }, mem = mem }))
      assert.are.equal("3, 0x8", render("landlock_restrict_self", { args = { 3, 8 } }))
    end)
  end)

  describe("LDT and TLS", function()
    local desc = u32(1, 0x1000, 0xfff, 1 | (1 << 4) | (1 << 6))

    -- modify_ldt(1, {entry_number=1, base_addr=0x001000, limit=0x000fff, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1, lm=0}, 16) = 0
    -- modify_ldt(1, 0x7fffffffeca0, 4) = 4294967274 EINVAL (Invalid argument)
    it("decodes modify_ldt and its zero-extended errors", function()
      assert.are.equal("1, {entry_number=1, base_addr=0x001000, limit=0x000fff, seg_32bit=1, contents=0, " ..
        "read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1, lm=0}, 16",
        render("modify_ldt", { args = { 1, 0x1000, 16 }, mem = { [0x1000] = desc } }))
      local ev = fake.event{ args = { 1, 0x7fffffffeca0, 4 }, ret = 4294967274 }
      assert.are.equal("1, 0x7fffffffeca0, 4", fake.render(D.modify_ldt, ev, f))
      assert.are.equal("4294967274 EINVAL (Invalid argument)", D.modify_ldt.ret(ev, f))
      ev.ret = 16
      assert.are.equal("16", D.modify_ldt.ret(ev, f))
    end)

    -- get_thread_area({entry_number=-1, ...}) = -1 ENOSYS ; set_thread_area(0x1) = -1 ENOSYS
    it("decodes set_thread_area and get_thread_area", function()
      local mem = { [0x1000] = string.pack("<i4", -1) .. u32(0x2000, 0x10, 0x41) }
      assert.are.equal("{entry_number=-1, ...}", render("get_thread_area", { args = { 0x1000 }, err = 38, mem = mem }))
      assert.are.equal("{entry_number=-1, base_addr=0x002000, limit=0x000010, seg_32bit=1, contents=0, " ..
        "read_exec_only=0, limit_in_pages=0, seg_not_present=0, useable=1, lm=0}",
        render("set_thread_area", { args = { 0x1000 }, err = 38, mem = mem }))
      assert.are.equal("0x1", render("set_thread_area", { args = { 1 }, err = 38 }))
      assert.are.equal("NULL", render("get_thread_area", { args = { 0 }, err = 38 }))
    end)
  end)

  -- strace 6.1 prints these as syscall_0x1ce(0x7ffff7fbe000, 0x1000, 0, 0, 0, 0) (mseal),
  -- syscall_0x1c4(0xffffffffffffff9c, ...) (fchmodat2); moontrace decodes them.
  it("decodes the calls newer than strace 6.1", function()
    assert.are.equal("0x7ffff7fbe000, 4096, 0", render("mseal", { args = { 0x7ffff7fbe000, 0x1000, 0 } }))
    assert.are.equal('AT_FDCWD, "/tmp/mt/vm_cache", 0644, 0',
      render("fchmodat2", { args = { -100, 0x1000, 0x1a4, 0 }, mem = { [0x1000] = "/tmp/mt/vm_cache\0" } }))
    assert.are.equal('AT_FDCWD, "/x", 0600, AT_SYMLINK_NOFOLLOW|0x1',
      render("fchmodat2", { args = { -100, 0x1000, 0x180, 0x101 }, mem = { [0x1000] = "/x\0" } }))
    local mem = { [0x1000] = fake.u64(0, 4096), [0x2000] = fake.u64(1, 2, 0, 0, 3) }
    assert.are.equal("3, {off=0, len=4096}, {nr_cache=1, nr_dirty=2, nr_writeback=0, nr_evicted=0, nr_recently_evicted=3}, 0",
      render("cachestat", { args = { 3, 0x1000, 0x2000, 0 }, mem = mem }))
    assert.are.equal("3, {off=0, len=4096}, 0x2000, 1",
      render("cachestat", { args = { 3, 0x1000, 0x2000, 1 }, err = 22, mem = mem }))
    assert.are.equal("3, 0x9, 0x2000, 0", render("cachestat", { args = { 3, 0x9, 0x2000, 0 }, err = 14, mem = mem }))
  end)
end)

-- strace -X raw / -X verbose ./v13
describe("vm decoders under -X raw|verbose", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  it("styles move_pages' errors", function()
    local mem = { [0x1000] = u64(0x7ffff7fbc000, 0x7ffff7fbd000, 1), [0x3000] = string.pack("<i4i4i4", 0, -2, -14) }
    f.opts.xstyle = "verbose"
    assert.are.equal("0, 3, [0x7ffff7fbc000, 0x7ffff7fbd000, 0x1], NULL, [0, -2 /* -ENOENT */, -14 /* -EFAULT */], 0",
      render("move_pages", { args = { 0, 3, 0x1000, 0, 0x3000, 0 }, mem = mem }))
    f.opts.xstyle = "raw"
    assert.are.equal("0, 3, [0x7ffff7fbc000, 0x7ffff7fbd000, 0x1], NULL, [0, -2, -14], 0",
      render("move_pages", { args = { 0, 3, 0x1000, 0, 0x3000, 0 }, mem = mem }))
  end)

  it("styles fanotify_init's class and flags apart", function()
    f.opts.xstyle = "verbose"
    assert.are.equal("0 /* FAN_CLASS_NOTIF */|0x3 /* FAN_CLOEXEC|FAN_NONBLOCK */, 0 /* O_RDONLY */",
      render("fanotify_init", { args = { 3, 0 }, ret = 4 }))
    assert.are.equal("0x4 /* FAN_CLASS_CONTENT */|0x30 /* FAN_UNLIMITED_QUEUE|FAN_UNLIMITED_MARKS */, " ..
      "0x80002 /* O_RDWR|O_CLOEXEC */", render("fanotify_init", { args = { 0x34, 0x80002 }, ret = 4 }))
    assert.are.equal("0 /* FAN_CLASS_NOTIF */|0x80000000 /* FAN_??? */, 0x9000 /* O_RDONLY|O_DSYNC|O_LARGEFILE */",
      render("fanotify_init", { args = { 0x80000000, 0x9000 }, err = 22 }))
    assert.are.equal("0xc /* FAN_CLASS_??? */, 0 /* O_RDONLY */", render("fanotify_init", { args = { 0xc, 0 }, err = 22 }))
    assert.are.equal("0xc /* FAN_CLASS_??? */|0x1 /* FAN_CLOEXEC */, 0 /* O_RDONLY */",
      render("fanotify_init", { args = { 0xd, 0 }, err = 22 }))
    assert.are.equal("0 /* FAN_CLASS_NOTIF */, 0x2 /* O_RDWR */", render("fanotify_init", { args = { 0, 2 }, ret = 4 }))
    f.opts.xstyle = "raw"
    assert.are.equal("0|0x3, 0", render("fanotify_init", { args = { 3, 0 }, ret = 4 }))
    assert.are.equal("0x4|0x30, 0x80002", render("fanotify_init", { args = { 0x34, 0x80002 }, ret = 4 }))
    assert.are.equal("0xc, 0", render("fanotify_init", { args = { 0xc, 0 }, err = 22 }))
    assert.are.equal("0xc|0x1, 0", render("fanotify_init", { args = { 0xd, 0 }, err = 22 }))
    assert.are.equal("0|0x80000000, 0x12345678", render("fanotify_init", { args = { 0x80000000, 0x12345678 }, err = 22 }))
    assert.are.equal("0, 0x2", render("fanotify_init", { args = { 0, 2 }, ret = 4 }))
  end)
end)
