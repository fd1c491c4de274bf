-- seeds.lua: write the starting corpus of the fuzz targets (targets.lua):
-- a few -e expressions and command lines, and for every decoder an input
-- with NULL arguments, one with pointers into printable memory, one failed.
--
--   lua5.4 tests/fuzz/seeds.lua DIR     (writes DIR/filter/*, DIR/decode/*)
package.path = "lua/?.lua;lua/?/init.lua;tests/fuzz/?.lua;" .. package.path
package.cpath = "build/lua/?.so;" .. package.cpath
local T = require "targets"
local dir = assert(arg[1], "usage: seeds.lua DIR")
os.execute(("mkdir -p %s/filter %s/decode"):format(dir, dir))

local function put(sub, name, data)
  local f = assert(io.open(("%s/%s/%s"):format(dir, sub, name), "wb"))
  f:write(data)
  f:close()
end

local exprs = {
  "trace=open,close", "%file", "trace=!%process,/^mm", "?nosuch,read", "trace=/[a-z]+at$",
  "status=failed,unfinished", "!successful", "signal=!SIGCHLD,SIGUSR1,9", "s=all",
  "read=1,2", "write=!0", "quiet=attach,exit", "q=!none", "decode-fds=path,socket",
  "abbrev=execve", "verbose=none", "raw=all", "x=%net", "t=%%stat", "%lstat,%statfs",
  "inject=openat:error=ENOENT:when=2+", "fault=all:signal=SIGSEGV",
}
for i, e in ipairs(exprs) do put("filter", ("expr%02d"):format(i), e) end
local lines = {
  { "-f", "-e", "trace=openat", "-o", "out", "ls" }, { "-p", "1,2", "-p3" },
  { "-s", "64", "-v", "-xx", "-yy", "true" }, { "-c", "-S", "calls", "-U", "name,calls", "-w", "x" },
  { "--trace=%file", "--status=failed", "-Z", "cmd" }, { "-tt", "-T", "-r", "-a", "20", "-q", "x" },
  { "--absolute-timestamps=format:unix,precision:ns", "--decode-pids=comm", "-Y", "x" },
  { "-l", "opensnoop", "--strict", "x" }, { "--seccomp-bpf", "-X", "verbose", "-e", "raw=read", "x" },
}
for i, l in ipairs(lines) do put("filter", ("argv%02d"):format(i), table.concat(l, "\0")) end

local text = "/etc/passwd\0hello world\0\1\2\3\255\0" .. ("A"):rep(40) .. "\0"
local function decode_seed(index, opt, mask, args, ret, err, memory)
  local h = { string.pack("<I2BBB", index, opt, 32, mask) }
  for i = 1, 6 do h[#h + 1] = string.pack("<i8", args[i] or 0) end
  h[#h + 1] = string.pack("<i8<I2", ret, err)
  return table.concat(h) .. memory
end
for i, name in ipairs(T.decoder_names) do
  local k = i - 1
  put("decode", name .. "-null", decode_seed(k, 0, 0, {}, 0, 0, ""))
  put("decode", name .. "-ptr", decode_seed(k, 1, 0x3f, { 0, 12, 24, 36, 0, 0 }, 3, 0, text .. text))
  put("decode", name .. "-err", decode_seed(k, 0, 0x01, { 1, 2, 3 }, 0, 14, text))
end
