-- Generated from real runs: each case is one syscall of a victim in
-- tests/lua/victims/, traced by strace 6.1 (`strace OPTS -o out ./VICTIM`, with
-- ASLR off: `env -i PATH=/usr/bin:/bin HOME=/root LANG=C setarch -R`), and the
-- tracee memory the decoders read, recorded on the same run.  `expect` is
-- strace's text between the parentheses, byte for byte.
return {
  { cmd = "strace ./v", opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 },
    name = "getrandom", args = { 140737488350144, 4, 128, 140737351960992, 0, 140737488350728 }, ret = -1, err = 22, mem = {  }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffebc0, 4, 0x80 /* GRND_??? */" },
  { cmd = "strace ./v", opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 },
    name = "futex", args = { 140737488349612, 129, 1, 0, 0, 0 }, ret = 0, err = 0, mem = {  }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffe9ac, FUTEX_WAKE_PRIVATE, 1" },
  { cmd = "strace ./v", opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 },
    name = "futex", args = { 140737488349612, 128, 1, 140737488349584, 0, 0 }, ret = -1, err = 11, mem = { [0x7fffffffe990] = "\x00\x00\x00\x00\x00\x00\x00\x00\xe8\x03\x00\x00\x00\x00\x00\x00" }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffe9ac, FUTEX_WAIT_PRIVATE, 1, {tv_sec=0, tv_nsec=1000}" },
  { cmd = "strace ./v", opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 },
    name = "futex", args = { 140737488349612, 0, 0, 140737488349584, 0, 0 }, ret = -1, err = 110, mem = { [0x7fffffffe990] = "\x00\x00\x00\x00\x00\x00\x00\x00\xe8\x03\x00\x00\x00\x00\x00\x00" }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffe9ac, FUTEX_WAIT, 0, {tv_sec=0, tv_nsec=1000}" },
  { cmd = "strace -v ./v", opts = { strsize = 32, verbose = true, xflag = 0, yflag = 0 },
    name = "getrandom", args = { 140737488350144, 4, 128, 140737351960992, 0, 140737488350728 }, ret = -1, err = 22, mem = {  }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffebc0, 4, 0x80 /* GRND_??? */" },
  { cmd = "strace -v ./v", opts = { strsize = 32, verbose = true, xflag = 0, yflag = 0 },
    name = "futex", args = { 140737488349612, 129, 1, 0, 0, 0 }, ret = 0, err = 0, mem = {  }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffe9ac, FUTEX_WAKE_PRIVATE, 1" },
  { cmd = "strace -v ./v", opts = { strsize = 32, verbose = true, xflag = 0, yflag = 0 },
    name = "futex", args = { 140737488349612, 128, 1, 140737488349584, 0, 0 }, ret = -1, err = 11, mem = { [0x7fffffffe990] = "\x00\x00\x00\x00\x00\x00\x00\x00\xe8\x03\x00\x00\x00\x00\x00\x00" }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffe9ac, FUTEX_WAIT_PRIVATE, 1, {tv_sec=0, tv_nsec=1000}" },
  { cmd = "strace -v ./v", opts = { strsize = 32, verbose = true, xflag = 0, yflag = 0 },
    name = "futex", args = { 140737488349612, 0, 0, 140737488349584, 0, 0 }, ret = -1, err = 110, mem = { [0x7fffffffe990] = "\x00\x00\x00\x00\x00\x00\x00\x00\xe8\x03\x00\x00\x00\x00\x00\x00" }, mem_exit = {  }, paths = {  },
    expect = "0x7fffffffe9ac, FUTEX_WAIT, 0, {tv_sec=0, tv_nsec=1000}" },
}
