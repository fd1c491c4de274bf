-- The decoders of the calls newer than strace 6.1 (lua/moontrace/decode/newer.lua)
-- on hand-made events.  strace 6.1 prints these calls raw (syscall_0x1c9(...)):
-- the expected strings are the lines of `moontrace ./v18`
-- (tests/lua/victims/v18.c) on Linux 6.18, and cases built for what v18 cannot
-- reach here (LSM contexts, listns, map_shadow_stack succeeding).
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

local u64, u32 = fake.u64, fake.u32

local function render(name, t)
  return fake.render(D[name], fake.event(t), f)
end

local function str_at(s, n) return s .. ("\0"):rep(n - #s) end

describe("newer decoders", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  describe("listmount", function()
    local req = u32(24, 0) .. u64(-1, 0)
    it("shows the request and the ids returned", function()
      assert.are.equal("{size=24, mnt_id=LSMT_ROOT, param=0}, [0x80000017], 1, 0",
        render("listmount", { args = { 0x1000, 0x2000, 1, 0 }, ret = 1,
          mem = { [0x1000] = req, [0x2000] = u64(0x80000017, 0x80000018) } }))
      -- no more than the call returned, even when nr_mnt_ids is larger
      assert.are.equal("{size=24, mnt_id=LSMT_ROOT, param=0}, [0x80000017, 0x80000018], 8, LISTMOUNT_REVERSE",
        render("listmount", { args = { 0x1000, 0x2000, 8, 1 }, ret = 2,
          mem = { [0x1000] = req, [0x2000] = u64(0x80000017, 0x80000018, 0x99) } }))
      assert.are.equal("{size=24, mnt_id=LSMT_ROOT, param=0}, [], 0, 0",
        render("listmount", { args = { 0x1000, 0x2000, 0, 0 }, ret = 0, mem = { [0x1000] = req } }))
    end)

    it("shows addresses on failure and for what cannot be read", function()
      assert.are.equal("NULL, NULL, 0, 0", render("listmount", { err = 14 }))
      assert.are.equal("0x10, 0x10, 4, 0x2 /* LISTMOUNT_??? */",
        render("listmount", { args = { 0x10, 0x10, 4, 2 }, err = 22 }))
      assert.are.equal("{size=8}, 0x555555569080, 4, 0",
        render("listmount", { args = { 0x1000, 0x555555569080, 4 }, err = 22, mem = { [0x1000] = u32(8) } }))
      assert.are.equal("{size=24, mnt_id=LSMT_ROOT, param=0}, 0x10, 1, 0",
        render("listmount", { args = { 0x1000, 0x10, 1 }, err = 14, mem = { [0x1000] = req } }))
      -- the size says 24, four bytes only are there
      assert.are.equal("{size=24, ???}, NULL, 0, 0",
        render("listmount", { args = { 0x1000 }, err = 14, mem = { [0x1000] = u32(24) } }))
    end)

    it("shows the second version's mnt_ns_id, a set mnt_ns_fd and a non-zero tail", function()
      assert.are.equal(
        "{size=40, mnt_id=LSMT_ROOT, param=0, mnt_ns_id=0, /* bytes 32..39 */ \"\\xcd\\xab\\x00\\x00\\x00\\x00\\x00\\x00\"}, " ..
        "0x555555569080, 1, 0",
        render("listmount", { args = { 0x1000, 0x555555569080, 1 }, err = 7,
          mem = { [0x1000] = u32(40, 0) .. u64(-1, 0, 0, 0xabcd) } }))
      assert.are.equal("{size=32, mnt_ns_fd=5, mnt_id=0x80000001, param=0x80000017, mnt_ns_id=0x1000000a}, [], 0, 0",
        render("listmount", { args = { 0x1000, 0x2000 }, ret = 0,
          mem = { [0x1000] = u32(32, 5) .. u64(0x80000001, 0x80000017, 0x1000000a) } }))
    end)
  end)

  describe("statmount", function()
    local req = u32(24, 0) .. u64(0x80000017, 0x39)
    local REQ = "{size=24, mnt_id=0x80000017, param=STATMOUNT_SB_BASIC|STATMOUNT_MNT_ROOT|STATMOUNT_MNT_POINT|STATMOUNT_FS_TYPE}"
    -- the fixed part: size, mnt_opts, mask, dev, magic, sb_flags, fs_type, ...
    local function sm(t)
      local b = u32(t.size, t.mnt_opts or 0) .. u64(t.mask) .. u32(t.major or 0, t.minor or 0) .. u64(t.magic or 0) ..
        u32(t.sb_flags or 0, t.fs_type or 0) .. u64(t.mnt_id or 0, t.parent or 0) .. u32(t.id_old or 0, t.parent_old or 0) ..
        u64(t.attr or 0, t.prop or 0, t.peer or 0, t.master or 0, t.from or 0) .. u32(t.root or 0, t.point or 0) ..
        u64(t.ns_id or 0) .. u32(t.subtype or 0, t.source or 0, t.opt_num or 0, t.opt_array or 0, t.sec_num or 0,
        t.sec_array or 0) .. u64(t.supported or 0) .. u32(t.uid_num or 0, t.uidmap or 0, t.gid_num or 0, t.gidmap or 0)
      return str_at(b, 512) .. (t.strs or "")
    end

    it("shows the fields the returned mask names and the strings by offset", function()
      local strs = "proc\0/\0/proc\0"
      local mem = { [0x1000] = req, [0x5000] = sm { size = 512 + #strs, mask = 0x39, minor = 21, magic = 0x9fa0,
        fs_type = 0, root = 5, point = 7, strs = strs } }
      assert.are.equal(REQ .. ", {size=525, mask=STATMOUNT_SB_BASIC|STATMOUNT_MNT_ROOT|STATMOUNT_MNT_POINT|" ..
        "STATMOUNT_FS_TYPE, sb_dev_major=0, sb_dev_minor=21, sb_magic=PROC_SUPER_MAGIC, sb_flags=0, " ..
        "fs_type=\"proc\", mnt_root=\"/\", mnt_point=\"/proc\"}, 65536, 0",
        render("statmount", { args = { 0x1000, 0x5000, 65536, 0 }, mem = mem }))
      -- a buffer too small for the strings the size counts: offsets in hex
      assert.are.equal(REQ .. ", {size=525, mask=STATMOUNT_SB_BASIC|STATMOUNT_MNT_ROOT|STATMOUNT_MNT_POINT|" ..
        "STATMOUNT_FS_TYPE, sb_dev_major=0, sb_dev_minor=21, sb_magic=PROC_SUPER_MAGIC, sb_flags=0, " ..
        "fs_type=0, mnt_root=0x5, mnt_point=0x7}, 520, 0",
        render("statmount", { args = { 0x1000, 0x5000, 520, 0 }, mem = mem }))
    end)

    it("decodes the mount fields, option arrays and id maps", function()
      local strs = "rw,relatime\0ext4\0/\0/\0/dev/sda1\0rw\0relatime\0" .. "0 0 1\0" .. "0 0 1\0" .. "1 2 3\0"
      local mem = { [0x1000] = req, [0x5000] = sm { size = 512 + #strs, mask = 0x2000 | 0x4000 | 0x1000 | 0x400 |
          0x200 | 0x80 | 0x40 | 0x4 | 0x2 | 0x1 | 0x20, mnt_opts = 0, fs_type = 12, root = 17, source = 21,
        opt_num = 2, opt_array = 31, major = 8, minor = 1, magic = 0xef53, sb_flags = 0x2000001,
        mnt_id = 0x80000001, parent = 0x80000001, id_old = 1, parent_old = 1, attr = 0x200022,
        prop = 0x100000, peer = 1, master = 0, from = 0, ns_id = 0x1000000a, supported = 0x7fff,
        uid_num = 1, uidmap = 43, gid_num = 3, gidmap = 49, strs = strs } }
      assert.are.equal(
        "{size=573, mnt_opts=\"rw,relatime\", mask=STATMOUNT_SB_BASIC|STATMOUNT_MNT_BASIC|STATMOUNT_PROPAGATE_FROM|" ..
        "STATMOUNT_FS_TYPE|STATMOUNT_MNT_NS_ID|STATMOUNT_MNT_OPTS|STATMOUNT_SB_SOURCE|STATMOUNT_OPT_ARRAY|" ..
        "STATMOUNT_SUPPORTED_MASK|STATMOUNT_MNT_UIDMAP|STATMOUNT_MNT_GIDMAP, sb_dev_major=8, sb_dev_minor=1, " ..
        "sb_magic=EXT2_SUPER_MAGIC, sb_flags=MS_RDONLY|MS_LAZYTIME, fs_type=\"ext4\", mnt_id=0x80000001, " ..
        "mnt_parent_id=0x80000001, mnt_id_old=0x1, mnt_parent_id_old=0x1, " ..
        "mnt_attr=MOUNT_ATTR_NOSUID|MOUNT_ATTR_STRICTATIME|MOUNT_ATTR_NOSYMFOLLOW, mnt_propagation=MS_SHARED, " ..
        "mnt_peer_group=0x1, mnt_master=0, propagate_from=0, mnt_ns_id=0x1000000a, sb_source=\"/dev/sda1\", " ..
        "opt_num=2, opt_array=[\"rw\", \"relatime\"], supported_mask=STATMOUNT_SB_BASIC|STATMOUNT_MNT_BASIC|" ..
        "STATMOUNT_PROPAGATE_FROM|STATMOUNT_MNT_ROOT|STATMOUNT_MNT_POINT|STATMOUNT_FS_TYPE|STATMOUNT_MNT_NS_ID|" ..
        "STATMOUNT_MNT_OPTS|STATMOUNT_FS_SUBTYPE|STATMOUNT_SB_SOURCE|STATMOUNT_OPT_ARRAY|STATMOUNT_OPT_SEC_ARRAY|" ..
        "STATMOUNT_SUPPORTED_MASK|STATMOUNT_MNT_UIDMAP|STATMOUNT_MNT_GIDMAP, mnt_uidmap_num=1, " ..
        "mnt_uidmap=[\"0 0 1\"], mnt_gidmap_num=3, mnt_gidmap=[\"0 0 1\", \"1 2 3\", ???]}, 4096, 0",
        render("statmount", { kind = "exit", args = { 0x1000, 0x5000, 4096, 0 }, mem = mem }):sub(#REQ + 3))
    end)

    it("cuts long strings at -s and marks an unterminated one", function()
      f.opts.strsize = 4
      local strs = "abcdefgh\0xyz"
      local mem = { [0x5000] = sm { size = 512 + #strs, mask = 0x20 | 0x100, fs_type = 0, subtype = 9, strs = strs } }
      assert.are.equal("{size=524, mask=STATMOUNT_FS_TYPE|STATMOUNT_FS_SUBTYPE, fs_type=\"abcd\"..., fs_subtype=\"xyz\"...}, 4096, 0",
        fake.render({ exit = D.statmount.exit }, fake.event { args = { 0x1000, 0x5000, 4096 }, mem = mem }, f))
    end)

    it("shows the buffer as an address on failure, when short or unreadable", function()
      assert.are.equal(REQ .. ", 0x555555559080, 16, 0",
        render("statmount", { args = { 0x1000, 0x555555559080, 16, 0 }, err = 75,
          mem = { [0x1000] = req, [0x555555559080] = ("\0"):rep(16) } }))
      assert.are.equal("0x10, 0x555555559080, 65536, 0",
        render("statmount", { args = { 0x10, 0x555555559080, 65536, 0 }, err = 14 }))
      assert.are.equal(REQ .. ", 0x5000, 2, STATMOUNT_BY_FD|0x8",
        render("statmount", { args = { 0x1000, 0x5000, 2, 9 }, mem = { [0x1000] = req, [0x5000] = "\0\0" } }))
      assert.are.equal("{size=24, mnt_id=0x80000017, param=0x8000 /* STATMOUNT_??? */}, {size=512, mask=0}, 65536, 0",
        render("statmount", { args = { 0x1000, 0x5000, 65536 },
          mem = { [0x1000] = u32(24, 0) .. u64(0x80000017, 0x8000), [0x5000] = sm { size = 512, mask = 0 } } }))
    end)
  end)

  describe("LSM calls", function()
    local function ctx(id, flags, data, pad)
      return u64(id, flags, 32 + #data + (pad or 0), #data) .. data .. ("\0"):rep(pad or 0)
    end

    it("lists the modules and the size before and after", function()
      local mem = { [0x1000] = u64(108, 100, 110, 109, 999), [0x2000] = u32(32) }
      local ev = fake.event { args = { 0x1000, 0x2000, 0 }, ret = 4, mem = { [0x2000] = u32(128) } }
      local text = D.lsm_list_modules.enter(ev, f)
      ev.mem = mem
      assert.are.equal("[LSM_ID_LOCKDOWN, LSM_ID_CAPABILITY, LSM_ID_LANDLOCK, LSM_ID_BPF], [128 => 32], 0",
        text .. D.lsm_list_modules.exit(ev, f))
      assert.are.equal("[LSM_ID_LOCKDOWN, 0x3e7 /* LSM_ID_??? */], [32], 0",
        render("lsm_list_modules", { args = { 0x1000, 0x2000, 0 }, ret = 2, mem = { [0x1000] = u64(108, 999), [0x2000] = u32(32) } }))
      assert.are.equal("0x7fffffffe600, [128], 0x1",
        render("lsm_list_modules", { args = { 0x7fffffffe600, 0x2000, 1 }, err = 22, mem = { [0x2000] = u32(128) } }))
      assert.are.equal("0x7fffffffe600, 0x10, 0", render("lsm_list_modules", { args = { 0x7fffffffe600, 0x10 }, err = 14 }))
      assert.are.equal("NULL, NULL, 0", render("lsm_list_modules", { err = 14 }))
    end)

    it("shows the contexts the kernel wrote, in hex", function()
      local two = ctx(104, 0, "unconfined\0", 5) .. ctx(101, 1, "u:r:t\0")
      local ev = fake.event { args = { 100, 0x1000, 0x2000, 0 }, ret = 2, mem = { [0x2000] = u32(4096) } }
      local text = D.lsm_get_self_attr.enter(ev, f)
      ev.mem = { [0x1000] = two, [0x2000] = u32(#two) }
      assert.are.equal("LSM_ATTR_CURRENT, [{id=LSM_ID_APPARMOR, flags=0, len=48, ctx_len=11, " ..
        "ctx=\"\\x75\\x6e\\x63\\x6f\\x6e\\x66\\x69\\x6e\\x65\\x64\\x00\"}, {id=LSM_ID_SELINUX, flags=0x1, len=38, " ..
        "ctx_len=6, ctx=\"\\x75\\x3a\\x72\\x3a\\x74\\x00\"}], [4096 => 86], 0", text .. D.lsm_get_self_attr.exit(ev, f))
      -- LSM_FLAG_SINGLE: the id asked for at entry
      ev = fake.event { args = { 100, 0x1000, 0x2000, 1 }, ret = 1,
        mem = { [0x1000] = ctx(104, 0, ""), [0x2000] = u32(64) } }
      text = D.lsm_get_self_attr.enter(ev, f)
      ev.mem = { [0x1000] = ctx(104, 0, "x\0"), [0x2000] = u32(34) }
      assert.are.equal("LSM_ATTR_CURRENT, {id=LSM_ID_APPARMOR} => [{id=LSM_ID_APPARMOR, flags=0, len=34, ctx_len=2, " ..
        "ctx=\"\\x78\\x00\"}], [64 => 34], LSM_FLAG_SINGLE", text .. D.lsm_get_self_attr.exit(ev, f))
    end)

    it("shows addresses when the call fails or memory cannot be read", function()
      local ev = fake.event { args = { 100, 0x5555555690c0, 0x2000 }, err = 95, mem = { [0x2000] = u32(4096) } }
      local text = D.lsm_get_self_attr.enter(ev, f)
      ev.mem = { [0x2000] = u32(0) }
      assert.are.equal("LSM_ATTR_CURRENT, 0x5555555690c0, [4096 => 0], 0", text .. D.lsm_get_self_attr.exit(ev, f))
      assert.are.equal("LSM_ATTR_UNDEF, NULL, NULL, 0", render("lsm_get_self_attr", { err = 22 }))
      assert.are.equal("0xc8 /* LSM_ATTR_??? */, 0x5555555690c0, 0x10, 0",
        render("lsm_get_self_attr", { args = { 200, 0x5555555690c0, 0x10 }, err = 14 }))
      assert.are.equal("LSM_ATTR_EXEC, 0x10, [64], LSM_FLAG_SINGLE",
        render("lsm_get_self_attr", { args = { 101, 0x10, 0x2000, 1 }, err = 14, mem = { [0x2000] = u32(64) } }))
      assert.are.equal("LSM_ATTR_CURRENT, {id=LSM_ID_APPARMOR} => 0x1000, [4096], LSM_FLAG_SINGLE",
        render("lsm_get_self_attr", { args = { 100, 0x1000, 0x2000, 1 }, err = 95,
          mem = { [0x1000] = ctx(104, 0, ""), [0x2000] = u32(4096) } }))
      -- a second context past the readable memory
      local one = ctx(104, 0, "ab", 6)
      assert.are.equal("LSM_ATTR_CURRENT, [{id=LSM_ID_APPARMOR, flags=0, len=40, ctx_len=2, ctx=\"\\x61\\x62\"}, " ..
        "... /* 0x1028 */], [80], 0",
        render("lsm_get_self_attr", { args = { 100, 0x1000, 0x2000 }, ret = 2, mem = { [0x1000] = one, [0x2000] = u32(80) } }))
    end)

    it("decodes lsm_set_self_attr's context", function()
      assert.are.equal("LSM_ATTR_CURRENT, {id=LSM_ID_APPARMOR, flags=0, len=40, ctx_len=8, " ..
        "ctx=\"\\x75\\x6e\\x63\\x6f\\x6e\\x66\\x69\\x00\"}, 40, 0x1",
        render("lsm_set_self_attr", { args = { 100, 0x1000, 40, 1 }, err = 22, mem = { [0x1000] = ctx(104, 0, "unconfi\0") } }))
      -- ctx_len larger than the buffer: cut to what size covers
      assert.are.equal("LSM_ATTR_EXEC, {id=0x3e7, flags=0, len=100, ctx_len=50, ctx=\"\\x61\\x62\"}, 34, 0",
        render("lsm_set_self_attr", { args = { 101, 0x1000, 34, 0 }, err = 22,
          mem = { [0x1000] = u64(999, 0, 100, 50) .. "abcdef" } }))
      assert.are.equal("0x6a /* LSM_ATTR_??? */, 0x5555555690c0, 16, 0x2",
        render("lsm_set_self_attr", { args = { 106, 0x5555555690c0, 16, 2 }, err = 22 }))
      assert.are.equal("LSM_ATTR_CURRENT, 0x10, 64, 0x10",
        render("lsm_set_self_attr", { args = { 100, 0x10, 64, 0x10 }, err = 22 }))
    end)
  end)

  describe("xattr calls by dirfd and path", function()
    local path = { [0x3000] = "/tmp/mt/new_x\0", [0x3100] = "user.a\0", [0x3200] = "\0" }

    local function with(t, extra)
      local m = {}
      for k, v in pairs(path) do m[k] = v end
      for k, v in pairs(extra or {}) do m[k] = v end
      t.mem = m
      return t
    end

    it("decodes setxattrat", function()
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", {value=\"v\", size=1, flags=XATTR_CREATE}, 16",
        render("setxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x4000, 16 } },
          { [0x4000] = u64(0x5000) .. u32(1, 1), [0x5000] = "v" })))
      assert.are.equal("3, \"\", AT_EMPTY_PATH, \"user.a\", {value=\"with \\\"quotes\\\"\\n\", size=15, " ..
        "flags=0x8 /* XATTR_??? */}, 16",
        render("setxattrat", with({ args = { 3, 0x3200, 0x1000, 0x3100, 0x4000, 16 } },
          { [0x4000] = u64(0x5000) .. u32(15, 8), [0x5000] = "with \"quotes\"\n\0" })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0x4 /* AT_??? */, \"user.a\", 0x7fffffffe670, 8",
        render("setxattrat", with({ args = { -100, 0x3000, 4, 0x3100, 0x7fffffffe670, 8 } })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", 0x10, 16",
        render("setxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x10, 16 } })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", {value=\"w\", size=1, flags=0, " ..
        "/* bytes 16..23 */ \"\\xff\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, 24",
        render("setxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x4000, 24 } },
          { [0x4000] = u64(0x5000) .. u32(1, 0) .. u64(0xff), [0x5000] = "w" })))
      -- a larger struct whose tail cannot be read, a value too big to show
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", {value=0x5000, size=100000, flags=0, ???}, 20",
        render("setxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x4000, 20 } },
          { [0x4000] = u64(0x5000) .. u32(100000, 0) })))
    end)

    it("decodes getxattrat: the value after the call", function()
      local args = { [0x4000] = u64(0x5000) .. u32(64, 0), [0x5000] = "v" .. ("\0"):rep(63) }
      assert.are.equal("3, \"\", AT_EMPTY_PATH, \"user.a\", {value=\"v\", size=64, flags=0}, 16",
        render("getxattrat", with({ args = { 3, 0x3200, 0x1000, 0x3100, 0x4000, 16 }, ret = 1 }, args)))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", {value=0x5000, size=64, flags=0}, 16",
        render("getxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x4000, 16 }, err = 61 }, args)))
      -- a zero size asks for the length: the value is an address
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", {value=0x7fffffffe630, size=0, flags=0}, 16",
        render("getxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x4000, 16 }, ret = 15 },
          { [0x4000] = u64(0x7fffffffe630) .. u32(0, 0) })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", 0x10, 16",
        render("getxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x10, 16 }, err = 14 })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\", 0x4000, 4",
        render("getxattrat", with({ args = { -100, 0x3000, 0, 0x3100, 0x4000, 4 }, err = 22 }, args)))
    end)

    it("decodes listxattrat and removexattrat", function()
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0, \"user.a\\0user.b\\0\", 128",
        render("listxattrat", with({ args = { -100, 0x3000, 0, 0x6000, 128 }, ret = 14 },
          { [0x6000] = "user.a\0user.b\0" .. ("\0"):rep(114) })))
      assert.are.equal("3, \"\", AT_EMPTY_PATH, NULL, 0",
        render("listxattrat", with({ args = { 3, 0x3200, 0x1000, 0, 0 }, ret = 14 })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0x2 /* AT_??? */, 0x6000, 128",
        render("listxattrat", with({ args = { -100, 0x3000, 2, 0x6000, 128 }, err = 22 })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", AT_SYMLINK_NOFOLLOW, \"user.a\"",
        render("removexattrat", with({ args = { -100, 0x3000, 0x100, 0x3100 } })))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_x\", 0x8000 /* AT_??? */, 0x10",
        render("removexattrat", with({ args = { -100, 0x3000, 0x8000, 0x10 }, err = 22 })))
    end)
  end)

  describe("open_tree_attr", function()
    local mem = { [0x3000] = "/tmp/mt/new_dir\0" }
    it("shows the flags, the mount attributes and the descriptor", function()
      mem[0x4000] = u64(3, 0, 0, 0)
      local ev = fake.event { args = { -100, 0x3000, 0x80001, 0x4000, 32 }, ret = 3, mem = mem }
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_dir\", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC, " ..
        "{attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID, attr_clr=0, propagation=0 /* MS_??? */, userns_fd=0}, 32",
        fake.render(D.open_tree_attr, ev, f))
      assert.are.equal("3", D.open_tree_attr.ret(ev, f))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_dir\", OPEN_TREE_CLOEXEC, NULL, 0",
        render("open_tree_attr", { args = { -100, 0x3000, 0x80000, 0, 0 }, mem = mem }))
      mem[0x4000] = u64(0x410, 0x70, 0x40000, 0)
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_dir\", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|0x40, " ..
        "{attr_set=MOUNT_ATTR_NOATIME|0x400, attr_clr=MOUNT_ATTR__ATIME, propagation=MS_PRIVATE, userns_fd=0}, 32",
        render("open_tree_attr", { args = { -100, 0x3000, 0x80041, 0x4000, 32 }, mem = mem }))
      -- an idmapped mount's userns_fd is a descriptor
      mem[0x4000] = u64(0x100000, 0, 0, 7) .. u64(1)
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_dir\", OPEN_TREE_CLONE|OPEN_TREE_NAMESPACE, " ..
        "{attr_set=MOUNT_ATTR_IDMAP, attr_clr=0, propagation=0 /* MS_??? */, userns_fd=7, " ..
        "/* bytes 32..39 */ \"\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, 40",
        render("open_tree_attr", { args = { -100, 0x3000, 3, 0x4000, 40 }, err = 7, mem = mem }))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_dir\", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC, 0x7fffffffe660, 16",
        render("open_tree_attr", { args = { -100, 0x3000, 0x80001, 0x7fffffffe660, 16 }, err = 22, mem = mem }))
    end)
  end)

  describe("file_getattr, file_setattr", function()
    local mem = { [0x3000] = "/tmp/mt/new_fa\0", [0x3200] = "\0" }
    it("shows struct file_attr", function()
      mem[0x4000] = u64(0x80000018) .. u32(4096, 3, 7, 0)
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_fa\", {fa_xflags=FS_XFLAG_IMMUTABLE|FS_XFLAG_APPEND|FS_XFLAG_HASATTR, " ..
        "fa_extsize=4096, fa_nextents=3, fa_projid=0x7, fa_cowextsize=0}, 24, 0",
        render("file_getattr", { args = { -100, 0x3000, 0x4000, 24, 0 }, mem = mem }))
      assert.are.equal("3, \"\", 0x4000, 24, AT_EMPTY_PATH",
        render("file_getattr", { args = { 3, 0x3200, 0x4000, 24, 0x1000 }, err = 95, mem = mem }))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_fa\", 0x4000, 8, 0x2 /* AT_??? */",
        render("file_getattr", { args = { -100, 0x3000, 0x4000, 8, 2 }, err = 22, mem = mem }))
      mem[0x4000] = u64(0x14) .. u32(0, 99, 7, 0) .. u64(2)
      assert.are.equal("3, \"\", {fa_xflags=FS_XFLAG_APPEND|0x4, fa_extsize=0, fa_projid=0x7, fa_cowextsize=0, " ..
        "/* bytes 24..31 */ \"\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, 32, AT_EMPTY_PATH",
        render("file_setattr", { args = { 3, 0x3200, 0x4000, 32, 0x1000 }, err = 7, mem = mem }))
      assert.are.equal("AT_FDCWD, \"/tmp/mt/new_fa\", 0x4000, 8192, 0",
        render("file_setattr", { args = { -100, 0x3000, 0x4000, 8192, 0 }, err = 7, mem = mem }))
    end)
  end)

  describe("listns", function()
    it("shows the request and the namespace ids", function()
      local req = u32(32, 0) .. u64(0) .. u32(0x4000000, 0) .. u64(0)
      assert.are.equal("{size=32, ns_id=0, ns_type=UTS_NS, user_ns_id=0}, [0x2], 1, 0",
        render("listns", { args = { 0x1000, 0x2000, 1, 0 }, ret = 1, mem = { [0x1000] = req, [0x2000] = u64(2, 9) } }))
      req = u32(32, 3) .. u64(0x10) .. u32(0x10000001, 4) .. u64(-1)
      assert.are.equal("{size=32, spare=0x3, ns_id=0x10, ns_type=USER_NS|0x1, spare2=0x4, " ..
        "user_ns_id=LISTNS_CURRENT_USER}, 0x2000, 1, 0x4",
        render("listns", { args = { 0x1000, 0x2000, 1, 4 }, err = 22, mem = { [0x1000] = req } }))
      assert.are.equal("{size=31}, 0x2000, 4, 0",
        render("listns", { args = { 0x1000, 0x2000, 4 }, err = 22, mem = { [0x1000] = u32(31) } }))
      assert.are.equal("NULL, NULL, 0, 0", render("listns", { err = 38 }))
      req = u32(40, 0) .. u64(0) .. u32(0, 0) .. u64(0) .. u64(0)
      assert.are.equal("{size=40, ns_id=0, ns_type=0, user_ns_id=0}, [], 0, 0",
        render("listns", { args = { 0x1000, 0x2000, 0 }, ret = 0, mem = { [0x1000] = req } }))
    end)
  end)

  describe("map_shadow_stack", function()
    it("shows the address, length and flags", function()
      assert.are.equal("NULL, 4096, SHADOW_STACK_SET_TOKEN", render("map_shadow_stack", { args = { 0, 4096, 1 } }))
      assert.are.equal("0x10000, 4096, SHADOW_STACK_SET_TOKEN|SHADOW_STACK_SET_MARKER",
        render("map_shadow_stack", { args = { 0x10000, 4096, 3 } }))
      assert.are.equal("NULL, 4096, 0x8 /* SHADOW_STACK_??? */", render("map_shadow_stack", { args = { 0, 4096, 8 } }))
      assert.are.equal("NULL, 0, 0", render("map_shadow_stack", {}))
    end)
  end)

  it("follows -X raw and -X verbose", function()
    f.opts.xstyle = "verbose"
    assert.are.equal("NULL, 4096, 0x1 /* SHADOW_STACK_SET_TOKEN */", render("map_shadow_stack", { args = { 0, 4096, 1 } }))
    f.opts.xstyle = "raw"
    assert.are.equal("{size=24, mnt_id=0xffffffffffffffff, param=0}, NULL, 0, 0x1",
      render("listmount", { args = { 0x1000, 0, 0, 1 }, err = 22, mem = { [0x1000] = u32(24, 0) .. u64(-1, 0) } }))
  end)
end)
