-- diagnose_helpers_spec.lua: moontrace.noise and moontrace.perm, the helpers
-- of the diagnoses (why-failed, missing-files, first-eacces).
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path
package.cpath = "build/lua/?.so;" .. package.cpath

local noise = require "moontrace.noise"
local perm = require "moontrace.perm"
local fake = require "fake_event"

describe("noise.why", function()
  it("folds the loader's, locale and python probing", function()
    assert.equal("loader", noise.why(1, "access", "ENOENT", "/etc/ld.so.preload"))
    assert.equal("loader", noise.why(1, "openat", "ENOENT", "/opt/lib/glibc-hwcaps/x86-64-v3/libz.so.1"))
    assert.equal("locale", noise.why(1, "openat", "ENOENT", "/usr/lib/locale/C.UTF-8/LC_CTYPE"))
    assert.equal("python", noise.why(1, "newfstatat", "ENOENT", "/usr/lib/python3.11/encodings/__init__.abi3.so"))
  end)
  it("folds errors that are answers", function()
    assert.equal("ENOTTY", noise.why(1, "ioctl", "ENOTTY"))
    assert.equal("EINVAL", noise.why(1, "readlink", "EINVAL", "/usr/bin/python3"))
    assert.is_nil(noise.why(1, "write", "EINVAL"))
  end)
  it("keeps what may matter", function()
    assert.is_nil(noise.why(1, "openat", "ENOENT", "/etc/app/app.conf"))
    assert.is_nil(noise.why(1, "openat", "EACCES", "/root/test"))
  end)
  it("knows a $PATH lookup", function()
    local dir = noise.split((os.getenv("PATH") or "/usr/bin"):match("[^:]+") .. "/x")
    assert.equal("PATH", noise.why(-1, "execve", "ENOENT", dir .. "/no-such-command"))
  end)
end)

describe("noise.searches", function()
  it("says where a name that failed was found further on", function()
    local s = noise.searches()
    local seq = s:note("/etc/app/app.conf", false)
    assert.is_nil(s:found_after("/etc/app/app.conf", seq))
    s:note("/usr/share/app/app.conf", true)
    assert.equal("/usr/share/app/app.conf", s:found_after("/etc/app/app.conf", seq))
  end)
end)

describe("perm", function()
  local nobody = { uid = 65534, gid = 65534, groups = { [65534] = true } }

  it("prints modes as ls does", function()
    assert.equal("drwx------", perm.mode_string{ mode = 448, type = "dir" })
    assert.equal("-rwsr-xr-x", perm.mode_string{ mode = 2541, type = "file" })
    assert.equal("drwxrwxrwt", perm.mode_string{ mode = 1023, type = "dir" })
  end)

  it("says what a call needs", function()
    assert.same({ "r", false }, { perm.need(fake.event{ name = "openat", args = { -100, 0, 0 } }) })
    assert.same({ "w", "if-missing" }, { perm.need(fake.event{ name = "openat", args = { -100, 0, 0x241 } }) })
    assert.same({ "x", false }, { perm.need(fake.event{ name = "execve", args = { 0, 0, 0 } }) })
    assert.same({ "", true }, { perm.need(fake.event{ name = "unlink", args = { 0 } }) })
    assert.same({ "rw", false }, { perm.need(fake.event{ name = "access", args = { 0, 6 } }) })
  end)

  it("finds the component that refuses, with the caller's credentials", function()
    local dir = os.tmpname()
    os.remove(dir)
    os.execute(("mkdir -p %s/locked && touch %s/locked/f %s/open && chmod 700 %s/locked && chmod 600 %s/open")
               :format(dir, dir, dir, dir, dir))
    local owner = require("moontrace.core").stat(dir).uid
    if owner == 65534 then return end
    local d = perm.denial(nobody, dir .. "/locked/f", "r")
    assert.equal(dir .. "/locked", d.path)
    assert.equal("x", d.need)
    assert.equal("drwx------", d.mode)
    d = perm.denial(nobody, dir .. "/open", "r")
    assert.equal(dir .. "/open", d.path)
    assert.equal("-rw-------", d.mode)
    assert.is_nil(perm.denial({ uid = owner, gid = 0, groups = {} }, dir .. "/locked/f", "r"))
    assert.is_nil(perm.denial(nobody, dir .. "/missing/f", "r"))   -- missing: not a refusal
    os.execute("rm -rf " .. dir)
  end)
end)
