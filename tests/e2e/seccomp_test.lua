-- seccomp_test.lua: stop selection by seccomp-bpf changes nothing that is
-- seen, and breaks nothing that is not: the same trace with and without
-- the filter, children that are not followed still work, setuid programs
-- still work (no NO_NEW_PRIVS when moontrace may do without it).
-- Speed is measured by `make bench`, never here.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local M = H.moontrace

-- forker: the parent, a forked child, its thread and its own child all
-- open a file; "child ok" and exit status 0 say every open worked.
local forker = H.tmp .. "/forker"
H.write(forker .. ".c", [[
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *path = "/etc/hostname";

static int try_open(void)
{
	int fd = openat(AT_FDCWD, path, O_RDONLY);

	if (fd < 0)
		return 1;
	close(fd);
	return 0;
}

static void *thread(void *arg)
{
	(void)arg;
	return (void *)(long)try_open();
}

int main(void)
{
	int status, bad = try_open();
	pid_t pid = fork();

	if (pid == 0) {
		pthread_t th;
		void *r;

		bad |= try_open();
		pthread_create(&th, NULL, thread, NULL);
		pthread_join(th, &r);
		bad |= (int)(long)r;
		if (fork() == 0)
			_exit(try_open());
		wait(&status);
		bad |= WEXITSTATUS(status);
		printf("child %s\n", bad ? "broken" : "ok");
		fflush(stdout);
		_exit(bad);
	}
	waitpid(pid, &status, 0);
	bad |= try_open();
	printf("parent %s, child status %d\n", bad ? "broken" : "ok",
	       WEXITSTATUS(status));
	return bad | WEXITSTATUS(status);
}
]])
local code, _, err = H.sh(("cc -O1 -o %s %s.c -lpthread"):format(forker, forker))
assert(code == 0, "cannot build forker: " .. err)

-- moontrace OPTS -- CMD: the normalised trace, exit status, stdout.
local function trace(opts, cmd, t)
  local o = H.tmp .. "/mt.out"
  os.remove(o)
  local c, stdout = H.sh(("%s -o %s %s -- %s </dev/null"):format(M, o, H.join(opts), H.join(cmd)))
  local lines = H.normalise(H.read(o) or "")
  if t and t.merge then lines = H.by_pid(H.merge_unfinished(lines)) end
  return lines, c, stdout
end

local function with(flag, opts)
  local all = { flag }
  for _, o in ipairs(opts) do all[#all + 1] = o end
  return all
end

-- The trace, exit status and program output with the filter equal those
-- without it.
local function same_both_ways(desc, opts, cmd, t)
  local a, ca, oa = trace(with("--no-seccomp-bpf", opts), cmd, t)
  local b, cb, ob = trace(with("--seccomp-bpf", opts), cmd, t)
  local same, total = H.score(a, b)
  H.ok(total > 0 and same == total,
       ("%s: %d/%d lines identical with and without the filter"):format(desc, same, total),
       H.diff(a, b))
  H.ok(ca == cb and oa == ob, desc .. ": same exit status and program output",
       ("without: %s %q\nwith: %s %q"):format(tostring(ca), oa, tostring(cb), ob))
  return b, cb, ob
end

-- ---- what is traced does not change ------------------------------------

same_both_ways("sh -c, openat,execve", { "-e", "trace=openat,execve" },
               { "sh", "-c", "cat /etc/hostname >/dev/null; exit 3" })
local lines, c, out = same_both_ways("forker, no -f", { "-e", "trace=openat,execve" }, { forker })
H.ok(c == 0 and out:find("child ok") and out:find("parent ok"),
     "forker, no -f: the children that are not followed work", out)
local forks = 0
for _, l in ipairs(lines) do if l:match("^%[pid") then forks = forks + 1 end end
H.ok(forks == 0, "forker, no -f: nothing of the children is shown", table.concat(lines, "\n"))
lines, c, out = same_both_ways("forker, -f", { "-f", "-e", "trace=openat,execve" }, { forker },
                               { merge = true })
local opens = 0
for _, l in ipairs(lines) do if l:find('openat%(AT_FDCWD, "/etc/hostname"') then opens = opens + 1 end end
H.ok(opens == 5 and c == 0, "forker, -f: every process's and thread's open is seen (" .. opens .. ")")
same_both_ways("sh -c, -f, %process", { "-f", "-e", "trace=%process" },
               { "sh", "-c", "/bin/true; (exit 3); exit 4" }, { merge = true })
-- and it is strace's trace
H.same("filtered trace vs strace", { "-e", "trace=openat,execve" },
       { "sh", "-c", "cat /etc/hostname >/dev/null" })
H.same("filtered -f trace vs strace", { "-f", "-e", "trace=execve,exit_group" },
       { "sh", "-c", "/bin/true; (exit 3); exit 4" }, { merge = true })

-- ---- when the filter is there ------------------------------------------

local function status_of(opts)
  local _, _, o = trace(opts, { "grep", "-E", "^(NoNewPrivs|Seccomp):", "/proc/self/status" })
  return o:match("NoNewPrivs:%s*(%d)"), o:match("Seccomp:%s*(%d)")
end
local nnp, mode = status_of({ "-e", "trace=openat" })
H.ok(mode == "2", "-e trace=openat: the program runs under a filter (Seccomp: " .. tostring(mode) .. ")")
_, mode = status_of({})
H.ok(mode == "0", "full trace: no filter (Seccomp: " .. tostring(mode) .. ")")
_, mode = status_of({ "-e", "status=failed" })
H.ok(mode == "0", "-e status= does not narrow: no filter (Seccomp: " .. tostring(mode) .. ")")
_, mode = status_of({ "--no-seccomp-bpf", "-e", "trace=openat" })
H.ok(mode == "0", "--no-seccomp-bpf: no filter (Seccomp: " .. tostring(mode) .. ")")
H.write(H.tmp .. "/opens.lua", 'on("exit", "openat", function(ev) end)\n')
_, mode = status_of({ "-l", H.tmp .. "/opens.lua" })
H.ok(mode == "2", "a script's hook on openat narrows: filter (Seccomp: " .. tostring(mode) .. ")")

-- ---- setuid programs -----------------------------------------------------

local root = H.sh("test \"$(id -u)\" = 0") == 0
if root then
  H.ok(nnp == "0", "as root the filter is installed without NO_NEW_PRIVS (NoNewPrivs: " .. tostring(nnp) .. ")")
  -- a copy of id, setuid nobody: its effective uid must be nobody's
  local suid = H.tmp .. "/id-suid"
  H.sh(("cp /usr/bin/id %s && chown nobody %s && chmod 4755 %s"):format(suid, suid, suid))
  local _, _, o = trace({ "-e", "trace=openat" }, { suid, "-u" })
  local _, plain = H.sh(suid .. " -u")
  H.ok(o == "65534\n" and o == plain,
       "a setuid program under the filter gets its uid (" .. o:gsub("\n", "") .. ")")
  -- without CAP_SYS_ADMIN the kernel wants NO_NEW_PRIVS: still traced
  local have = H.sh("command -v setpriv") == 0
  if have then
    local cmd = ("setpriv --reuid=65534 --regid=65534 --clear-groups %s -e trace=openat -o /dev/null grep -E '^(NoNewPrivs|Seccomp):' /proc/self/status"):format(M)
    local _, o2 = H.sh(cmd)
    H.ok(o2:find("NoNewPrivs:%s*1") and o2:find("Seccomp:%s*2"),
         "not root: filter with NO_NEW_PRIVS", o2)
  end
else
  H.ok(nnp == "1", "not root: the filter needs NO_NEW_PRIVS (NoNewPrivs: " .. tostring(nnp) .. ")")
end

-- ---- children that outlive the traced program ------------------------------

-- Without -f a background child keeps the filter after its parent exits:
-- moontrace stays its tracer until it is done, so its calls still work.
local marker = H.tmp .. "/late"
c = select(2, trace({ "-e", "trace=openat" },
                    { "sh", "-c", ("(sleep 0.2; cat /etc/hostname > %s) & exit 3"):format(marker) }))
local want = H.read("/etc/hostname")
H.ok(c == 3 and H.read(marker) == want, "a child outliving the program: its calls work, status kept",
     ("status %s, wrote %q"):format(tostring(c), tostring(H.read(marker))))

-- A script that stops tracing early (exit()) leaves the program running
-- to completion, not failing with ENOSYS.
H.write(H.tmp .. "/first.lua", 'on("exit", "openat", function(ev) exit() end)\n')
os.remove(marker)
c = select(2, trace({ "-l", H.tmp .. "/first.lua" },
                    { "sh", "-c", ("cat /etc/hostname > %s"):format(marker) }))
H.ok(H.read(marker) == want, "stopping early: the program still finishes its work",
     tostring(H.read(marker)))

H.done()
