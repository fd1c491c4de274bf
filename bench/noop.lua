-- noop: a no-op exit hook on every syscall, for `make bench`.
-- What does the hook dispatch cost on its own?
--   moontrace -l strace -l bench/noop.lua -o trace.txt PROG
on("exit", function(ev) end)
