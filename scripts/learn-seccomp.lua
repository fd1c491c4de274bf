-- learn-seccomp: the exact set of syscalls a program used, as a seccomp profile.
--
-- Records every syscall the program and its children made and, when tracing
-- ends, writes an OCI/Docker seccomp profile that allows those and nothing
-- else (defaultAction SCMP_ACT_ERRNO: any other call fails with EPERM).
-- Run the program through everything it has to do: a path it did not take
-- is a syscall missing from the profile.
--
--   moontrace -l learn-seccomp,out=profile.json ./server --selftest
--   docker run --security-opt seccomp=profile.json image ./server
--
--   {"defaultAction": "SCMP_ACT_ERRNO", "defaultErrnoRet": 1, "architectures": ["SCMP_ARCH_X86_64"],
--    "syscalls": [{"names": ["access", "arch_prctl", "brk", ...], "action": "SCMP_ACT_ALLOW"}]}
--
-- The container runtime applies the profile before it execs the program, so
-- execve is always kept; the runtime's own needs (runc adds a few) are not.

local ARCH = { [0xc000003e] = "SCMP_ARCH_X86_64", [0x40000003] = "SCMP_ARCH_X86",
               [0xc00000b7] = "SCMP_ARCH_AARCH64", [0xc00000f3] = "SCMP_ARCH_RISCV64" }

session.t:follow(true)
local used, arches = { execve = 1 }, {}

on("enter", function(ev)
  used[ev.name] = (used[ev.name] or 0) + 1
  arches[ARCH[ev.arch] or ("0x%x"):format(ev.arch)] = true
end)

local function list(set)
  local t = {}
  for k in pairs(set) do t[#t + 1] = k end
  table.sort(t)
  return t
end

local function json_strings(t)
  local q = {}
  for i, s in ipairs(t) do q[i] = ('"%s"'):format(s) end
  return "[" .. table.concat(q, ", ") .. "]"
end

at_exit(function()
  local names, unknown = {}, {}
  for _, n in ipairs(list(used)) do
    if n:match("^syscall_") then unknown[#unknown + 1] = n else names[#names + 1] = n end
  end
  -- one name per line: profiles are diffed and reviewed
  local lines = {}
  for i, n in ipairs(names) do lines[i] = ('        "%s"'):format(n) end
  local text = table.concat({
    "{",
    '  "defaultAction": "SCMP_ACT_ERRNO",',
    '  "defaultErrnoRet": 1,',
    ('  "architectures": %s,'):format(json_strings(list(arches))),
    '  "syscalls": [',
    "    {",
    '      "names": [',
    table.concat(lines, ",\n"),
    "      ],",
    '      "action": "SCMP_ACT_ALLOW"',
    "    }",
    "  ]",
    "}",
  }, "\n") .. "\n"
  if args.out then
    local f = assert(io.open(args.out, "w"))
    f:write(text)
    f:close()
    report("learn-seccomp: %d syscalls allowed, profile written to %s", #names, args.out)
  else
    printf("%s", text)
  end
  if #unknown > 0 then
    report("learn-seccomp: syscalls without a name, left out: %s", table.concat(unknown, " "))
  end
end)
