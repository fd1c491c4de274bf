-- The non-terminal ioctl decoders (lua/moontrace/decode/ioctl.lua) on hand-made
-- events.  Each expected string is from a line of `strace ./v16`
-- (tests/lua/victims/v16.c), strace 6.1, in the mode the case names.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

local u64, u32 = fake.u64, fake.u32

-- The text between the parentheses of ioctl(...), for an event that
-- ended with err (0: success).
local function render(args, mem, err)
  return fake.render(D.ioctl, fake.event{ name = "ioctl", args = args, mem = mem or {}, err = err or 0 }, f)
end

local function ifreq(name, rest)
  return name .. ("\0"):rep(16 - #name) .. rest .. ("\0"):rep(24 - #rest)
end
local function sin(a, b, c, d) return string.pack("<I2", 2) .. "\0\0" .. string.char(a, b, c, d) .. ("\0"):rep(8) end

describe("ioctl, other families", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  describe("FIO* and file requests", function()
    -- ioctl(4, FIOCLEX) = 0
    -- ioctl(-1, FIFREEZE) = -1 EBADF (Bad file descriptor)
    -- ioctl(6, FIOQSIZE, 0x7fffffffec90) = 0
    it("prints no argument, or the address, as strace does", function()
      assert.are.equal("4, FIOCLEX", render({ 4, 0x5451, 0 }))
      assert.are.equal("-1, FIFREEZE", render({ -1, 0xc0045877, 0 }, nil, 9))
      assert.are.equal("-1, FITHAW", render({ -1, 0xc0045878, 0 }, nil, 9))
      assert.are.equal("6, FIOQSIZE, 0x7fffffffec90", render({ 6, 0x5460, 0x7fffffffec90 }))
      assert.are.equal("6, FIGETBSZ, 0x7fffffffecac", render({ 6, 0x2, 0x7fffffffecac }))
    end)

    -- ioctl(6, FS_IOC_SETFLAGS, [FS_NODUMP_FL|FS_NOATIME_FL|FS_EXTENT_FL]) = 0
    -- ioctl(6, FS_IOC_GETFLAGS, [FS_EXTENT_FL]) = 0
    -- ioctl(6, FS_IOC_GETFLAGS, NULL) = -1 EFAULT (Bad address)
    -- -X verbose: ioctl(6, 0x80086601 /* FS_IOC_GETFLAGS */, [0x80000 /* FS_EXTENT_FL */]) = 0
    it("names the FS_*_FL flags", function()
      assert.are.equal("6, FS_IOC_SETFLAGS, [FS_NODUMP_FL|FS_NOATIME_FL|FS_EXTENT_FL]",
        render({ 6, 0x40086602, 0x1000 }, { [0x1000] = u32(0x800c0) }))
      assert.are.equal("6, FS_IOC_GETFLAGS, [FS_EXTENT_FL]", render({ 6, 0x80086601, 0x1000 }, { [0x1000] = u32(0x80000) }))
      assert.are.equal("6, FS_IOC_GETFLAGS, NULL", render({ 6, 0x80086601, 0 }, nil, 14))
      f.opts.xstyle = "verbose"
      assert.are.equal("6, 0x80086601 /* FS_IOC_GETFLAGS */, [0x80000 /* FS_EXTENT_FL */]",
        render({ 6, 0x80086601, 0x1000 }, { [0x1000] = u32(0x80000) }))
      f.opts.xstyle = "raw"
      assert.are.equal("6, 0x80086601, [0x80000]", render({ 6, 0x80086601, 0x1000 }, { [0x1000] = u32(0x80000) }))
    end)

    -- ioctl(7, FS_IOC_FSGETXATTR, {fsx_xflags=0, fsx_extsize=0, fsx_nextents=0, fsx_projid=0, fsx_cowextsize=0}) = 0
    -- ioctl(3, FS_IOC_FSSETXATTR, {fsx_xflags=FS_XFLAG_APPEND|FS_XFLAG_NODUMP|0x10000000, fsx_extsize=4096, fsx_projid=0x7, fsx_cowextsize=8}) = -1 EOPNOTSUPP
    it("shows struct fsxattr, without fsx_nextents when setting", function()
      assert.are.equal("7, FS_IOC_FSGETXATTR, {fsx_xflags=0, fsx_extsize=0, fsx_nextents=0, fsx_projid=0, fsx_cowextsize=0}",
        render({ 7, 0x801c581f, 0x1000 }, { [0x1000] = u32(0, 0, 0, 0, 0, 0, 0) }))
      assert.are.equal("3, FS_IOC_FSSETXATTR, {fsx_xflags=FS_XFLAG_APPEND|FS_XFLAG_NODUMP|0x10000000, " ..
        "fsx_extsize=4096, fsx_projid=0x7, fsx_cowextsize=8}",
        render({ 3, 0x401c5820, 0x1000 }, { [0x1000] = u32(0x10000090, 4096, 3, 7, 8, 0, 0) }, 95))
    end)

    -- ioctl(7, BTRFS_IOC_CLONE or FICLONE, 6) = -1 EOPNOTSUPP
    -- ioctl(7, BTRFS_IOC_CLONE_RANGE or FICLONERANGE, {src_fd=6, src_offset=0, src_length=4096, dest_offset=8192}) = -1 EOPNOTSUPP
    -- ioctl(6, BTRFS_IOC_FILE_EXTENT_SAME or FIDEDUPERANGE, {src_offset=0, src_length=10, dest_count=2, info=[{dest_fd=7, dest_offset=0}, {dest_fd=-1, dest_offset=4096}]}) = -1 EOPNOTSUPP
    it("shows the clone and dedupe requests", function()
      assert.are.equal("7, BTRFS_IOC_CLONE or FICLONE, 6", render({ 7, 0x40049409, 6 }, nil, 95))
      assert.are.equal("7, BTRFS_IOC_CLONE_RANGE or FICLONERANGE, {src_fd=6, src_offset=0, src_length=4096, dest_offset=8192}",
        render({ 7, 0x4020940d, 0x1000 }, { [0x1000] = u64(6, 0, 4096, 8192) }, 95))
      local dd = u64(0, 10) .. string.pack("<I2I2I4", 2, 0, 0) .. u64(7, 0, 0, 0) .. u64(-1, 4096, 0, 0)
      assert.are.equal("6, BTRFS_IOC_FILE_EXTENT_SAME or FIDEDUPERANGE, {src_offset=0, src_length=10, dest_count=2, " ..
        "info=[{dest_fd=7, dest_offset=0}, {dest_fd=-1, dest_offset=4096}]}",
        render({ 6, 0xc0189436, 0x1000 }, { [0x1000] = dd }, 95))
    end)
  end)

  describe("socket requests", function()
    -- ioctl(4, SIOCGIFFLAGS, {ifr_name="lo", ifr_flags=IFF_UP|IFF_LOOPBACK|IFF_RUNNING}) = 0
    -- ioctl(4, SIOCGIFFLAGS, {ifr_name="mtnone0"}) = -1 ENODEV (No such device)
    -- ioctl(4, SIOCGIFNAME, {ifr_ifindex=1, ifr_name="lo"}) = 0
    -- ioctl(4, SIOCGIFNAME, {ifr_ifindex=9999}) = -1 ENODEV (No such device)
    it("completes struct ifreq after a successful get", function()
      assert.are.equal('4, SIOCGIFFLAGS, {ifr_name="lo", ifr_flags=IFF_UP|IFF_LOOPBACK|IFF_RUNNING}',
        render({ 4, 0x8913, 0x1000 }, { [0x1000] = ifreq("lo", "\x49\0") }))
      assert.are.equal('4, SIOCGIFFLAGS, {ifr_name="mtnone0"}',
        render({ 4, 0x8913, 0x1000 }, { [0x1000] = ifreq("mtnone0", "") }, 19))
      assert.are.equal('4, SIOCGIFNAME, {ifr_ifindex=1, ifr_name="lo"}',
        render({ 4, 0x8910, 0x1000 }, { [0x1000] = ifreq("lo", u32(1)) }))
      assert.are.equal('4, SIOCGIFNAME, {ifr_ifindex=9999}',
        render({ 4, 0x8910, 0x1000 }, { [0x1000] = ifreq("", u32(9999)) }, 19))
      assert.are.equal('4, SIOCGIFINDEX, NULL', render({ 4, 0x8933, 0 }, nil, 14))
    end)

    -- ioctl(4, SIOCGIFADDR, {ifr_name="lo", ifr_addr={sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}}) = 0
    -- -X verbose: ... ifr_addr={sa_family=0x2 /* AF_INET */, sin_port="\x00\x00" /* htons(0) */, sin_addr="\x7f\x00\x00\x01" /* inet_addr("127.0.0.1") */}}) = 0
    -- ioctl(4, SIOCGIFHWADDR, {ifr_name="eth0", ifr_hwaddr={sa_family=ARPHRD_ETHER, sa_data=02:fc:00:00:00:01}}) = 0
    it("shows the addresses of an interface", function()
      local mem = { [0x1000] = ifreq("lo", sin(127, 0, 0, 1)) }
      assert.are.equal('4, SIOCGIFADDR, {ifr_name="lo", ifr_addr={sa_family=AF_INET, sin_port=htons(0), ' ..
        'sin_addr=inet_addr("127.0.0.1")}}', render({ 4, 0x8915, 0x1000 }, mem))
      assert.are.equal('4, SIOCGIFHWADDR, {ifr_name="eth0", ifr_hwaddr={sa_family=ARPHRD_ETHER, sa_data=02:fc:00:00:00:01}}',
        render({ 4, 0x8927, 0x1000 }, { [0x1000] = ifreq("eth0", "\1\0\2\252\0\0\0\1") }))
      f.opts.xstyle = "verbose"
      assert.are.equal('4, 0x8915 /* SIOCGIFADDR */, {ifr_name="lo", ifr_addr={sa_family=0x2 /* AF_INET */, ' ..
        'sin_port="\\x00\\x00" /* htons(0) */, sin_addr="\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */}}',
        render({ 4, 0x8915, 0x1000 }, mem))
    end)

    -- ioctl(4, SIOCSIFFLAGS, {ifr_name="mtnone0", ifr_flags=IFF_UP|IFF_BROADCAST|IFF_RUNNING|IFF_MULTICAST|IFF_DYNAMIC}) = -1 ENODEV
    -- ioctl(4, SIOCSIFMAP, {ifr_name="mtnone0", ifr_map={mem_start=0x1000, mem_end=0x2000, base_addr=0x300, irq=0x5, dma=0x1, port=0x2}}) = -1 ENODEV
    it("shows the whole ifreq of a set request at entry", function()
      assert.are.equal('4, SIOCSIFFLAGS, {ifr_name="mtnone0", ifr_flags=IFF_UP|IFF_BROADCAST|IFF_RUNNING|IFF_MULTICAST|IFF_DYNAMIC}',
        render({ 4, 0x8914, 0x1000 }, { [0x1000] = ifreq("mtnone0", "\x43\x90") }, 19))
      assert.are.equal('4, SIOCSIFMAP, {ifr_name="mtnone0", ifr_map={mem_start=0x1000, mem_end=0x2000, base_addr=0x300, ' ..
        'irq=0x5, dma=0x1, port=0x2}}',
        render({ 4, 0x8971, 0x1000 }, { [0x1000] = ifreq("mtnone0", u64(0x1000, 0x2000) .. "\0\3\5\1\2") }, 19))
      assert.are.equal('4, SIOCSIFNAME, {ifr_name="mtnone0", ifr_newname="mtnone1"}',
        render({ 4, 0x8923, 0x1000 }, { [0x1000] = ifreq("mtnone0", "mtnone1") }, 19))
    end)

    -- ioctl(4, SIOCGIFCONF, {ifc_len=80 /* 2 * sizeof(struct ifreq) */, ifc_buf=NULL}) = 0
    -- ioctl(4, SIOCGIFCONF, {ifc_len=40 /* 1 * sizeof(struct ifreq) */, ifc_buf=[{ifr_name="lo", ifr_addr={...}}]}) = 0
    -- ioctl(4, SIOCGIFCONF, {ifc_len=3 => 0, ifc_buf=[]}) = 0
    -- ioctl(3, SIOCGIFCONF, {ifc_len=320 /* 8 * sizeof(struct ifreq) */, ifc_buf=0x7fffffffeb40}) = -1 ENOTTY
    it("shows struct ifconf and the interfaces it lists", function()
      local ev = fake.event{ kind = "enter", name = "ioctl", args = { 4, 0x8912, 0x1000 },
        mem = { [0x1000] = string.pack("<i4I4I8", 0, 0, 0) } }
      assert.are.equal("4, SIOCGIFCONF", D.ioctl.enter(ev, f))
      ev.mem[0x1000] = string.pack("<i4I4I8", 80, 0, 0)
      assert.are.equal(", {ifc_len=80 /* 2 * sizeof(struct ifreq) */, ifc_buf=NULL}", D.ioctl.exit(ev, f))

      ev = fake.event{ kind = "enter", name = "ioctl", args = { 4, 0x8912, 0x1000 },
        mem = { [0x1000] = string.pack("<i4I4I8", 40, 0, 0x2000), [0x2000] = ifreq("lo", sin(127, 0, 0, 1)) } }
      assert.are.equal('4, SIOCGIFCONF, {ifc_len=40 /* 1 * sizeof(struct ifreq) */', D.ioctl.enter(ev, f))
      assert.are.equal(', ifc_buf=[{ifr_name="lo", ifr_addr={sa_family=AF_INET, sin_port=htons(0), ' ..
        'sin_addr=inet_addr("127.0.0.1")}}]}', D.ioctl.exit(ev, f))

      ev = fake.event{ kind = "enter", name = "ioctl", args = { 4, 0x8912, 0x1000 },
        mem = { [0x1000] = string.pack("<i4I4I8", 3, 0, 0x2000) } }
      D.ioctl.enter(ev, f)
      ev.mem[0x1000] = string.pack("<i4I4I8", 0, 0, 0x2000)
      assert.are.equal(" => 0, ifc_buf=[]}", D.ioctl.exit(ev, f))

      assert.are.equal("3, SIOCGIFCONF, {ifc_len=320 /* 8 * sizeof(struct ifreq) */, ifc_buf=0x7fffffffeb40}",
        render({ 3, 0x8912, 0x1000 }, { [0x1000] = string.pack("<i4I4I8", 320, 0, 0x7fffffffeb40) }, 25))
    end)

    -- ioctl(5, SIOCATMARK, [0]) = 0
    -- ioctl(4, SIOCGSTAMP_OLD, NULL) = -1 ENOENT (No such file or directory)
    -- ioctl(4, SIOCSPGRP, [0]) = 0
    it("shows the int requests and SIOCGSTAMP's address", function()
      assert.are.equal("5, SIOCATMARK, [0]", render({ 5, 0x8905, 0x1000 }, { [0x1000] = u32(0) }))
      assert.are.equal("4, SIOCGSTAMP_OLD, NULL", render({ 4, 0x8906, 0 }, nil, 2))
      assert.are.equal("4, SIOCGSTAMP_OLD, 0xbadc0de0", render({ 4, 0x8906, 0xbadc0de0 }, nil, 2))
      assert.are.equal("4, SIOCSPGRP, [0]", render({ 4, 0x8902, 0x1000 }, { [0x1000] = u32(0) }))
    end)
  end)

  describe("block and loop devices", function()
    -- ioctl(6, BLKGETSIZE64, [1048576]) = 0
    -- ioctl(6, BLKSECTGET, [2560]) = 0
    -- ioctl(3, BLKGETSIZE, 0x7fffffffe918) = -1 ENOTTY (Inappropriate ioctl for device)
    -- ioctl(3, BLKRRPART) = -1 ENOTTY (Inappropriate ioctl for device)
    -- ioctl(3, BLKDISCARD, [0, 4096]) = -1 ENOTTY (Inappropriate ioctl for device)
    it("shows the block device queries after the call", function()
      assert.are.equal("6, BLKGETSIZE64, [1048576]", render({ 6, 0x80081272, 0x1000 }, { [0x1000] = u64(1048576) }))
      assert.are.equal("6, BLKSECTGET, [2560]", render({ 6, 0x1267, 0x1000 }, { [0x1000] = "\0\10" }))
      assert.are.equal("6, BLKGETZONESZ, [0]", render({ 6, 0x80041284, 0x1000 }, { [0x1000] = u32(0) }))
      assert.are.equal("3, BLKGETSIZE, 0x7fffffffe918", render({ 3, 0x1260, 0x7fffffffe918 }, nil, 25))
      assert.are.equal("3, BLKRRPART", render({ 3, 0x125f, 0 }, nil, 25))
      assert.are.equal("3, BLKDISCARD, [0, 4096]", render({ 3, 0x1277, 0x1000 }, { [0x1000] = u64(0, 4096) }, 25))
    end)

    -- ioctl(3, BLKPG, {op=BLKPG_ADD_PARTITION, flags=0, datalen=152, data={start=1048576, length=2097152, pno=1, devname="mtdev", volname="mtvol"}}) = -1 ENOTTY
    -- ioctl(3, BLKPG, {op=0x9 /* BLKPG_??? */, flags=0, datalen=152, data=NULL}) = -1 ENOTTY
    it("shows struct blkpg_ioctl_arg and its partition", function()
      local part = u64(1048576, 2097152) .. u32(1) .. "mtdev" .. ("\0"):rep(59) .. "mtvol" .. ("\0"):rep(63)
      assert.are.equal('3, BLKPG, {op=BLKPG_ADD_PARTITION, flags=0, datalen=152, data={start=1048576, length=2097152, ' ..
        'pno=1, devname="mtdev", volname="mtvol"}}',
        render({ 3, 0x1269, 0x1000 }, { [0x1000] = u32(1, 0, 152, 0) .. u64(0x2000), [0x2000] = part }, 25))
      assert.are.equal("3, BLKPG, {op=0x9 /* BLKPG_??? */, flags=0, datalen=152, data=NULL}",
        render({ 3, 0x1269, 0x1000 }, { [0x1000] = u32(9, 0, 152, 0) .. u64(0) }, 25))
    end)

    local function info64(t)
      return u64(t.dev or 0, t.ino or 0, t.rdev or 0, t.off or 0, t.limit or 0) ..
        u32(t.number or 0, t.etype or 0, t.ksize or 0, t.flags or 0) ..
        (t.file or "") .. ("\0"):rep(64 - #(t.file or "")) .. (t.crypt or "") .. ("\0"):rep(64 - #(t.crypt or "")) ..
        (t.key or "") .. ("\0"):rep(32 - #(t.key or "")) .. u64(t.init0 or 0, t.init1 or 0)
    end

    -- ioctl(3, LOOP_SET_STATUS64, {lo_offset=0x200, lo_number=3, lo_encrypt_type=LO_CRYPT_XOR, lo_encrypt_key_size=3, lo_flags=LO_FLAGS_READ_ONLY|LO_FLAGS_AUTOCLEAR, lo_file_name="/tmp/mt/ioc_img", lo_crypt_name="none", lo_encrypt_key="k\1y", ...}) = -1 ENOTTY
    -- -v: ioctl(3, LOOP_SET_STATUS64, {lo_device=makedev(0x8, 0x1), lo_inode=12, lo_rdevice=makedev(0x103, 0), lo_offset=0x200, lo_sizelimit=4096, lo_number=3, ..., lo_init=[0x10, 0x7]}) = -1 ENOTTY
    -- ioctl(6, LOOP_GET_STATUS64, {lo_offset=0, lo_number=0, lo_flags=0, lo_file_name="", ...}) = 0
    it("shows struct loop_info64, the crypt fields only when used", function()
      local li = info64{ dev = 0x801, ino = 12, rdev = 0x10300, off = 0x200, limit = 4096, number = 3, etype = 1,
        ksize = 3, flags = 5, file = "/tmp/mt/ioc_img", crypt = "none", key = "k\1y", init0 = 0x10, init1 = 7 }
      assert.are.equal('3, LOOP_SET_STATUS64, {lo_offset=0x200, lo_number=3, lo_encrypt_type=LO_CRYPT_XOR, ' ..
        'lo_encrypt_key_size=3, lo_flags=LO_FLAGS_READ_ONLY|LO_FLAGS_AUTOCLEAR, lo_file_name="/tmp/mt/ioc_img", ' ..
        'lo_crypt_name="none", lo_encrypt_key="k\\1y", ...}', render({ 3, 0x4c04, 0x1000 }, { [0x1000] = li }, 25))
      f.opts.verbose = true
      assert.are.equal('3, LOOP_SET_STATUS64, {lo_device=makedev(0x8, 0x1), lo_inode=12, lo_rdevice=makedev(0x103, 0), ' ..
        'lo_offset=0x200, lo_sizelimit=4096, lo_number=3, lo_encrypt_type=LO_CRYPT_XOR, lo_encrypt_key_size=3, ' ..
        'lo_flags=LO_FLAGS_READ_ONLY|LO_FLAGS_AUTOCLEAR, lo_file_name="/tmp/mt/ioc_img", lo_crypt_name="none", ' ..
        'lo_encrypt_key="k\\1y", lo_init=[0x10, 0x7]}', render({ 3, 0x4c04, 0x1000 }, { [0x1000] = li }, 25))
      f.opts.verbose = false
      assert.are.equal('6, LOOP_GET_STATUS64, {lo_offset=0, lo_number=0, lo_flags=0, lo_file_name="", ...}',
        render({ 6, 0x4c05, 0x1000 }, { [0x1000] = info64{} }))
      assert.are.equal("6, LOOP_GET_STATUS64, 0x7fffffffeb90", render({ 6, 0x4c05, 0x7fffffffeb90 }, nil, 6))
    end)

    -- strace -v -X raw ./v16: ioctl(3, 0x4c04, {lo_device=0x801, lo_inode=12, lo_rdevice=0x10300, ...});
    -- -X verbose: lo_device=0x801 /* makedev(0x8, 0x1) */, and "lo_rdevice=0 /* makedev(0, 0) */"
    it("prints loop devices as numbers with -X raw and verbose", function()
      local li = info64{ dev = 0x801, ino = 12, rdev = 0x10300, off = 0x200, limit = 4096, number = 3, etype = 1,
        ksize = 3, flags = 5, file = "/tmp/mt/ioc_img", crypt = "none", key = "k\1y", init0 = 0x10, init1 = 7 }
      f.opts.verbose = true
      f.opts.xstyle = "raw"
      local ok, raw = pcall(render, { 3, 0x4c04, 0x1000 }, { [0x1000] = li }, 25)
      f.opts.xstyle = "verbose"
      local ok2, verbose = pcall(render, { 3, 0x4c04, 0x1000 }, { [0x1000] = li }, 25)
      local ok3, zero = pcall(render, { 6, 0x4c05, 0x1000 }, { [0x1000] = info64{ dev = 0xfe00 } })
      f.opts.xstyle = nil
      f.opts.verbose = false
      assert(ok, raw); assert(ok2, verbose); assert(ok3, zero)
      assert.are.equal('3, 0x4c04, {lo_device=0x801, lo_inode=12, lo_rdevice=0x10300, lo_offset=0x200, ' ..
        'lo_sizelimit=4096, lo_number=3, lo_encrypt_type=0x1, lo_encrypt_key_size=3, lo_flags=0x5, ' ..
        'lo_file_name="/tmp/mt/ioc_img", lo_crypt_name="none", lo_encrypt_key="k\\1y", lo_init=[0x10, 0x7]}', raw)
      assert.are.equal('3, 0x4c04 /* LOOP_SET_STATUS64 */, {lo_device=0x801 /* makedev(0x8, 0x1) */, lo_inode=12, ' ..
        'lo_rdevice=0x10300 /* makedev(0x103, 0) */, lo_offset=0x200, lo_sizelimit=4096, lo_number=3, ' ..
        'lo_encrypt_type=0x1 /* LO_CRYPT_XOR */, lo_encrypt_key_size=3, lo_flags=0x5 /* LO_FLAGS_READ_ONLY|' ..
        'LO_FLAGS_AUTOCLEAR */, lo_file_name="/tmp/mt/ioc_img", lo_crypt_name="none", lo_encrypt_key="k\\1y", ' ..
        'lo_init=[0x10, 0x7]}', verbose)
      assert.truthy(zero:find("{lo_device=0xfe00 /* makedev(0xfe, 0) */, lo_inode=0, " ..
        "lo_rdevice=0 /* makedev(0, 0) */, lo_offset=0,", 1, true))
    end)

    -- ioctl(6, LOOP_CONFIGURE, {fd=5, block_size=0, info={lo_offset=0, lo_number=0, lo_flags=LO_FLAGS_READ_ONLY, lo_file_name="ioc_img", ...}}) = 0
    -- ioctl(6, LOOP_SET_FD, 5) = 0
    it("shows LOOP_CONFIGURE and the plain loop requests", function()
      assert.are.equal('6, LOOP_CONFIGURE, {fd=5, block_size=0, info={lo_offset=0, lo_number=0, lo_flags=LO_FLAGS_READ_ONLY, ' ..
        'lo_file_name="ioc_img", ...}}',
        render({ 6, 0x4c0a, 0x1000 }, { [0x1000] = u32(5, 0) .. info64{ flags = 1, file = "ioc_img" } .. u64(0, 0, 0, 0, 0, 0, 0, 0) }))
      assert.are.equal("6, LOOP_SET_FD, 5", render({ 6, 0x4c00, 5 }))
      assert.are.equal("4, LOOP_CTL_GET_FREE", render({ 4, 0x4c82, 0 }))
      assert.are.equal("3, LOOP_SET_BLOCK_SIZE, 4096", render({ 3, 0x4c09, 4096 }, nil, 25))
    end)
  end)

  describe("nsfs, RTC, perf and userfaultfd", function()
    -- ioctl(4, NS_GET_NSTYPE) = 67108864 (CLONE_NEWUTS)
    -- ioctl(5, NS_GET_OWNER_UID, [0]) = 0
    it("names the namespace type NS_GET_NSTYPE returns", function()
      local ev = fake.event{ name = "ioctl", args = { 4, 0xb703, 0 }, ret = 0x4000000 }
      assert.are.equal("4, NS_GET_NSTYPE", fake.render(D.ioctl, ev, f))
      assert.are.equal("67108864 (CLONE_NEWUTS)", D.ioctl.ret(ev, f))
      ev = fake.event{ name = "ioctl", args = { 4, 0xb701, 0 }, ret = 6 }
      assert.are.equal("6", D.ioctl.ret(ev, f))
      assert.are.equal("5, NS_GET_OWNER_UID, [0]", render({ 5, 0xb704, 0x1000 }, { [0x1000] = u32(0) }))
    end)

    -- ioctl(3, RTC_SET_TIME, {tm_sec=5, tm_min=4, tm_hour=3, tm_mday=2, tm_mon=1, tm_year=120, ...}) = -1 ENOTTY
    -- -v: ioctl(3, RTC_WKALM_SET, {enabled=1, pending=0, time={tm_sec=5, ..., tm_year=120, tm_wday=0, tm_yday=0, tm_isdst=0}}) = -1 ENOTTY
    it("shows struct rtc_time", function()
      local tm = u32(5, 4, 3, 2, 1, 120, 0, 0, 0)
      assert.are.equal("3, RTC_SET_TIME, {tm_sec=5, tm_min=4, tm_hour=3, tm_mday=2, tm_mon=1, tm_year=120, ...}",
        render({ 3, 0x4024700a, 0x1000 }, { [0x1000] = tm }, 25))
      f.opts.verbose = true
      assert.are.equal("3, RTC_WKALM_SET, {enabled=1, pending=0, time={tm_sec=5, tm_min=4, tm_hour=3, tm_mday=2, " ..
        "tm_mon=1, tm_year=120, tm_wday=0, tm_yday=0, tm_isdst=0}}",
        render({ 3, 0x4028700f, 0x1000 }, { [0x1000] = "\1\0\0\0" .. tm }, 25))
      assert.are.equal("3, RTC_RD_TIME, 0x7fffffffec90", render({ 3, 0x80247009, 0x7fffffffec90 }, nil, 25))
      assert.are.equal("3, RTC_EPOCH_SET, 1900", render({ 3, 0x4008700e, 1900 }, nil, 25))
    end)

    -- ioctl(4, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP|0x2) = 0
    -- ioctl(4, PERF_EVENT_IOC_PERIOD, [1000]) = -1 EINVAL
    -- ioctl(4, PERF_EVENT_IOC_SET_FILTER, "common_pid == 1") = -1 EINVAL
    it("shows the perf event requests", function()
      assert.are.equal("4, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP|0x2", render({ 4, 0x2400, 3 }))
      assert.are.equal("4, PERF_EVENT_IOC_DISABLE, 0", render({ 4, 0x2401, 0 }))
      assert.are.equal("4, PERF_EVENT_IOC_PERIOD, [1000]", render({ 4, 0x40082404, 0x1000 }, { [0x1000] = u64(1000) }, 22))
      assert.are.equal('4, PERF_EVENT_IOC_SET_FILTER, "common_pid == 1"',
        render({ 4, 0x40082406, 0x1000 }, { [0x1000] = "common_pid == 1\0" }, 22))
      assert.are.equal("4, PERF_EVENT_IOC_SET_OUTPUT, -1", render({ 4, 0x2405, -1 }, nil, 9))
    end)

    -- ioctl(4, UFFDIO_API, {api=0xaa, features=0 => features=UFFD_FEATURE_PAGEFAULT_FLAG_WP|...|0x1e000, ioctls=1<<_UFFDIO_REGISTER|1<<_UFFDIO_UNREGISTER|1<<_UFFDIO_API}) = 0
    -- ioctl(4, UFFDIO_API, {api=0x1234, features=0}) = -1 EINVAL
    -- ioctl(4, UFFDIO_COPY, {dst=0x7e0000000000, src=0x55555555a0c0, len=0x1000, mode=0, copy=0x1000}) = 0
    -- ioctl(4, UFFDIO_REGISTER, {range={start=0x7e0000000000, len=0x4000}, mode=UFFDIO_REGISTER_MODE_MISSING|UFFDIO_REGISTER_MODE_WP|0x40}) = -1 EINVAL
    -- ioctl(4, UFFDIO_WAKE, {start=0x7e0000002000, len=0x1000}) = 0
    it("shows the userfaultfd structures, and what the kernel wrote back", function()
      local ev = fake.event{ kind = "enter", name = "ioctl", args = { 4, 0xc018aa3f, 0x1000 }, mem = { [0x1000] = u64(0xaa, 0, 0) } }
      assert.are.equal("4, UFFDIO_API, {api=0xaa, features=0", D.ioctl.enter(ev, f))
      ev.mem[0x1000] = u64(0xaa, 0x3, 0x8000000000000003)
      assert.are.equal(" => features=UFFD_FEATURE_PAGEFAULT_FLAG_WP|UFFD_FEATURE_EVENT_FORK, " ..
        "ioctls=1<<_UFFDIO_REGISTER|1<<_UFFDIO_UNREGISTER|1<<_UFFDIO_API}", D.ioctl.exit(ev, f))
      assert.are.equal("4, UFFDIO_API, {api=0x1234, features=0}", render({ 4, 0xc018aa3f, 0x1000 }, { [0x1000] = u64(0x1234, 0, 0) }, 22))
      assert.are.equal("4, UFFDIO_COPY, {dst=0x7e0000000000, src=0x55555555a0c0, len=0x1000, mode=0, copy=0x1000}",
        render({ 4, 0xc028aa03, 0x1000 }, { [0x1000] = u64(0x7e0000000000, 0x55555555a0c0, 0x1000, 0, 0x1000) }))
      assert.are.equal("4, UFFDIO_REGISTER, {range={start=0x7e0000000000, len=0x4000}, " ..
        "mode=UFFDIO_REGISTER_MODE_MISSING|UFFDIO_REGISTER_MODE_WP|0x40}",
        render({ 4, 0xc020aa00, 0x1000 }, { [0x1000] = u64(0x7e0000000000, 0x4000, 0x43, 0) }, 22))
      assert.are.equal("4, UFFDIO_WAKE, {start=0x7e0000002000, len=0x1000}",
        render({ 4, 0x8010aa02, 0x1000 }, { [0x1000] = u64(0x7e0000002000, 0x1000) }))
      assert.are.equal("4, UFFDIO_UNREGISTER, NULL", render({ 4, 0x8010aa01, 0 }, nil, 14))
    end)

    -- -X raw: ioctl(3, 0xdeadbeef, 0x1234); -X verbose: ioctl(3, 0xdeadbeef /* _IOC(...) */, 0x1234)
    it("prints the request code with -X raw and verbose", function()
      f.opts.xstyle = "raw"
      assert.are.equal("3, 0xdeadbeef, 0x1234", render({ 3, 0xdeadbeef, 0x1234 }, nil, 25))
      f.opts.xstyle = "verbose"
      assert.are.equal("3, 0xdeadbeef /* _IOC(_IOC_READ|_IOC_WRITE, 0xbe, 0xef, 0x1ead) */, 0x1234",
        render({ 3, 0xdeadbeef, 0x1234 }, nil, 25))
      assert.are.equal("4, 0x541b /* FIONREAD */, [5]", render({ 4, 0x541b, 0x1000 }, { [0x1000] = u32(5) }))
    end)
  end)
end)
