-- install_test.lua: `make install` into a temporary prefix, then use what
-- it installed: the binary, the C API through pkg-config (examples/embed.c),
-- the Lua module from a stock lua5.4; `make uninstall` leaves no file.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")

local function has(s, text) return s:find(text, 1, true) ~= nil end
-- a make of our own, not a job of the `make test` that may be running us
local MAKE = "env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C " .. H.shquote(H.root)

local function files_under(dir)
  local _, out = H.sh(("find %s -type f -o -type l"):format(dir))
  local list = {}
  for l in out:gmatch("[^\n]+") do list[#list + 1] = l end
  return list
end

local _, triplet = H.sh("cc -print-multiarch")
triplet = triplet:gsub("%s+$", "")
local libsub = triplet ~= "" and ("lib/" .. triplet) or "lib"

-- ---- a prefix of its own ------------------------------------------------------

local prefix = H.tmp .. "/prefix"
local code, out, err = H.sh(("%s install PREFIX=%s"):format(MAKE, prefix))
H.ok(code == 0, "make install PREFIX=" .. prefix, out .. err)

local file = H.tmp .. "/hello.txt"
H.write(file, "hello from the test\n")

code, out, err = H.sh(("%s/bin/moontrace -e trace=openat cat %s"):format(prefix, file))
H.ok(code == 0 and has(out, "hello from the test")
     and has(err, ('openat(AT_FDCWD, "%s", O_RDONLY) = 3'):format(file)),
     "the installed binary traces", out .. err)
code, out = H.sh(prefix .. "/bin/moontrace --list-scripts")
H.ok(code == 0 and has(out, "opensnoop"), "the installed binary lists the scripts", out)

-- The example, built against the installed header and library.
local pc = ("PKG_CONFIG_PATH=%s/%s/pkgconfig"):format(prefix, libsub)
local embed = H.tmp .. "/embed"
code, out, err = H.sh(("%s sh -c 'cc -std=c99 -Wall -Wextra -Werror -o %s %s/share/doc/moontrace/examples/embed.c "
  .. "$(pkg-config --cflags --libs moontrace) -Wl,-rpath,%s/%s'"):format(pc, embed, prefix, prefix, libsub))
H.ok(code == 0, "examples/embed.c builds with pkg-config --cflags --libs moontrace", out .. err)
code, out, err = H.sh(("%s cat %s"):format(embed, file))
H.ok(code == 0 and out == "hello from the test\n", "embed: the traced command runs as usual", out .. err)
H.ok(has(err, ('openat("%s") = 3'):format(file)), "embed: openat seen with its path from tracee memory", err)
H.ok(err:find("embed: step 1: enter execve\n", 1, true) ~= nil, "embed: mt_next() steps", err)
H.ok(err:find("embed: %d+ syscalls; the most frequent: %w+") ~= nil, "embed: mt_run() callbacks counted", err)
local _, ldd = H.sh("ldd " .. embed)
H.ok(has(ldd, prefix .. "/" .. libsub .. "/libmoontrace.so.0"), "embed: linked to the installed libmoontrace.so", ldd)
code = H.sh(("%s sh -c 'exit 7'"):format(embed))
H.ok(code == 7, "embed: the command's exit status (" .. tostring(code) .. ")")
if os.getenv("MOONTRACE_SANITIZE") then   -- make check-asan: no -static with sanitizers
  H.ok(true, "embed: links statically with pkg-config --static # skip: sanitizer build")
else
code, out, err = H.sh(("%s sh -c 'cc -static -o %s-static %s/share/doc/moontrace/examples/embed.c "
  .. "$(pkg-config --static --cflags --libs moontrace)'"):format(pc, embed, prefix))
H.ok(code == 0, "embed: links statically with pkg-config --static", out .. err)
end

-- A plain Lua script in the stock interpreter.
local lua_env = ("LUA_PATH='%s/share/lua/5.4/?.lua;%s/share/lua/5.4/?/init.lua;;' LUA_CPATH='%s/lib/lua/5.4/?.so;;'")
  :format(prefix, prefix, prefix)
local script = H.tmp .. "/plain.lua"
H.write(script, ([[
local mt = require "moontrace"
assert(package.searchpath("moontrace.core", package.cpath):find(%q, 1, true), "not the installed core.so")
local s = mt.session{ follow = true }
s:on("exit", "openat", function(ev) print("open", ev:str(ev.args[2]), ev.ret) end)
assert(s:spawn{ "sh", "-c", "cat %s >/dev/null; exit 5" })
os.exit(s:run())
]]):format(prefix, file))
code, out, err = H.sh(("%s lua5.4 %s"):format(lua_env, script))
H.ok(code == 5 and has(out, "open\t" .. file .. "\t3"), "stock lua5.4 traces with the installed modules", out .. err)
code, out, err = H.sh(("%s lua5.4 -e 'local mt = require \"moontrace\" print(mt.version, #mt.syscalls > 300)'"):format(lua_env))
H.ok(code == 0 and out:find("^%d+%.%d+%.%d+\ttrue") ~= nil, "lua5.4 -e 'require \"moontrace\"'", out .. err)

code, out, err = H.sh(("%s uninstall PREFIX=%s"):format(MAKE, prefix))
local left = files_under(prefix)
H.ok(code == 0 and #left == 0, "make uninstall leaves no files", table.concat(left, "\n") .. err)

-- ---- Debian's layout, staged with DESTDIR --------------------------------------------

local stage = H.tmp .. "/stage"
code, out, err = H.sh(("%s install DESTDIR=%s PREFIX=/usr"):format(MAKE, stage))
H.ok(code == 0, "make install DESTDIR=... PREFIX=/usr", out .. err)
local expected = {
  "/usr/bin/moontrace",
  "/usr/include/moontrace.h",
  "/usr/" .. libsub .. "/libmoontrace.a",
  "/usr/" .. libsub .. "/libmoontrace.so",
  "/usr/" .. libsub .. "/libmoontrace.so.0",
  "/usr/" .. libsub .. "/pkgconfig/moontrace.pc",
  "/usr/" .. libsub .. "/lua/5.4/moontrace/core.so",
  "/usr/share/lua/5.4/moontrace/init.lua",
  "/usr/share/lua/5.4/moontrace/repl.lua",
  "/usr/share/moontrace/scripts/strace.lua",
  "/usr/share/man/man1/moontrace.1",
}
local missing = {}
for _, f in ipairs(expected) do
  if os.execute(("test -e %s%s"):format(stage, f)) ~= true then missing[#missing + 1] = f end
end
H.ok(#missing == 0, "the Debian paths are all there", "missing: " .. table.concat(missing, " "))
local pcfile = H.read(stage .. "/usr/" .. libsub .. "/pkgconfig/moontrace.pc") or ""
H.ok(has(pcfile, "prefix=/usr\n") and not has(pcfile, stage), "the .pc file names PREFIX, not DESTDIR", pcfile)
local man = H.read(stage .. "/usr/share/man/man1/moontrace.1") or ""
H.ok(has(man, ".SH SYNOPSIS") and has(man, ".SH EXIT STATUS") and has(man, "\\-\\-interactive"),
     "the man page has a synopsis, the options and the exit status")
code, out, err = H.sh(("%s uninstall DESTDIR=%s PREFIX=/usr"):format(MAKE, stage))
left = files_under(stage)
H.ok(code == 0 and #left == 0, "make uninstall DESTDIR=... leaves no files", table.concat(left, "\n") .. err)

H.done()
