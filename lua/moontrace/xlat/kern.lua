-- Constants of the kern decoders (decode/kern.lua): native AIO, perf_event_open,
-- bpf, the new mount API, quotactl, futex2.  Data: { value, "NAME" } in the order
-- strace 6.1 tries them; values from the kernel headers in /usr/include/linux
-- (aio_abi.h, perf_event.h, bpf.h, mount.h, quota.h, futex.h).

local M = {}

M.bpf_cmd = {
  { 0, "BPF_MAP_CREATE" },
  { 1, "BPF_MAP_LOOKUP_ELEM" },
  { 2, "BPF_MAP_UPDATE_ELEM" },
  { 3, "BPF_MAP_DELETE_ELEM" },
  { 4, "BPF_MAP_GET_NEXT_KEY" },
  { 5, "BPF_PROG_LOAD" },
  { 6, "BPF_OBJ_PIN" },
  { 7, "BPF_OBJ_GET" },
  { 8, "BPF_PROG_ATTACH" },
  { 9, "BPF_PROG_DETACH" },
  { 10, "BPF_PROG_TEST_RUN" },
  { 11, "BPF_PROG_GET_NEXT_ID" },
  { 12, "BPF_MAP_GET_NEXT_ID" },
  { 13, "BPF_PROG_GET_FD_BY_ID" },
  { 14, "BPF_MAP_GET_FD_BY_ID" },
  { 15, "BPF_OBJ_GET_INFO_BY_FD" },
  { 16, "BPF_PROG_QUERY" },
  { 17, "BPF_RAW_TRACEPOINT_OPEN" },
  { 18, "BPF_BTF_LOAD" },
  { 19, "BPF_BTF_GET_FD_BY_ID" },
  { 20, "BPF_TASK_FD_QUERY" },
  { 21, "BPF_MAP_LOOKUP_AND_DELETE_ELEM" },
  { 22, "BPF_MAP_FREEZE" },
  { 23, "BPF_BTF_GET_NEXT_ID" },
  { 24, "BPF_MAP_LOOKUP_BATCH" },
  { 25, "BPF_MAP_LOOKUP_AND_DELETE_BATCH" },
  { 26, "BPF_MAP_UPDATE_BATCH" },
  { 27, "BPF_MAP_DELETE_BATCH" },
  { 28, "BPF_LINK_CREATE" },
  { 29, "BPF_LINK_UPDATE" },
  { 30, "BPF_LINK_GET_FD_BY_ID" },
  { 31, "BPF_LINK_GET_NEXT_ID" },
  { 32, "BPF_ENABLE_STATS" },
  { 33, "BPF_ITER_CREATE" },
  { 34, "BPF_LINK_DETACH" },
  { 35, "BPF_PROG_BIND_MAP" },
}

M.bpf_map_type = {
  { 0, "BPF_MAP_TYPE_UNSPEC" },
  { 1, "BPF_MAP_TYPE_HASH" },
  { 2, "BPF_MAP_TYPE_ARRAY" },
  { 3, "BPF_MAP_TYPE_PROG_ARRAY" },
  { 4, "BPF_MAP_TYPE_PERF_EVENT_ARRAY" },
  { 5, "BPF_MAP_TYPE_PERCPU_HASH" },
  { 6, "BPF_MAP_TYPE_PERCPU_ARRAY" },
  { 7, "BPF_MAP_TYPE_STACK_TRACE" },
  { 8, "BPF_MAP_TYPE_CGROUP_ARRAY" },
  { 9, "BPF_MAP_TYPE_LRU_HASH" },
  { 10, "BPF_MAP_TYPE_LRU_PERCPU_HASH" },
  { 11, "BPF_MAP_TYPE_LPM_TRIE" },
  { 12, "BPF_MAP_TYPE_ARRAY_OF_MAPS" },
  { 13, "BPF_MAP_TYPE_HASH_OF_MAPS" },
  { 14, "BPF_MAP_TYPE_DEVMAP" },
  { 15, "BPF_MAP_TYPE_SOCKMAP" },
  { 16, "BPF_MAP_TYPE_CPUMAP" },
  { 17, "BPF_MAP_TYPE_XSKMAP" },
  { 18, "BPF_MAP_TYPE_SOCKHASH" },
  { 19, "BPF_MAP_TYPE_CGROUP_STORAGE" },
  { 20, "BPF_MAP_TYPE_REUSEPORT_SOCKARRAY" },
  { 21, "BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE" },
  { 22, "BPF_MAP_TYPE_QUEUE" },
  { 23, "BPF_MAP_TYPE_STACK" },
  { 24, "BPF_MAP_TYPE_SK_STORAGE" },
  { 25, "BPF_MAP_TYPE_DEVMAP_HASH" },
  { 26, "BPF_MAP_TYPE_STRUCT_OPS" },
  { 27, "BPF_MAP_TYPE_RINGBUF" },
  { 28, "BPF_MAP_TYPE_INODE_STORAGE" },
  { 29, "BPF_MAP_TYPE_TASK_STORAGE" },
  { 30, "BPF_MAP_TYPE_BLOOM_FILTER" },
  { 31, "BPF_MAP_TYPE_USER_RINGBUF" },
}

M.bpf_prog_type = {
  { 0, "BPF_PROG_TYPE_UNSPEC" },
  { 1, "BPF_PROG_TYPE_SOCKET_FILTER" },
  { 2, "BPF_PROG_TYPE_KPROBE" },
  { 3, "BPF_PROG_TYPE_SCHED_CLS" },
  { 4, "BPF_PROG_TYPE_SCHED_ACT" },
  { 5, "BPF_PROG_TYPE_TRACEPOINT" },
  { 6, "BPF_PROG_TYPE_XDP" },
  { 7, "BPF_PROG_TYPE_PERF_EVENT" },
  { 8, "BPF_PROG_TYPE_CGROUP_SKB" },
  { 9, "BPF_PROG_TYPE_CGROUP_SOCK" },
  { 10, "BPF_PROG_TYPE_LWT_IN" },
  { 11, "BPF_PROG_TYPE_LWT_OUT" },
  { 12, "BPF_PROG_TYPE_LWT_XMIT" },
  { 13, "BPF_PROG_TYPE_SOCK_OPS" },
  { 14, "BPF_PROG_TYPE_SK_SKB" },
  { 15, "BPF_PROG_TYPE_CGROUP_DEVICE" },
  { 16, "BPF_PROG_TYPE_SK_MSG" },
  { 17, "BPF_PROG_TYPE_RAW_TRACEPOINT" },
  { 18, "BPF_PROG_TYPE_CGROUP_SOCK_ADDR" },
  { 19, "BPF_PROG_TYPE_LWT_SEG6LOCAL" },
  { 20, "BPF_PROG_TYPE_LIRC_MODE2" },
  { 21, "BPF_PROG_TYPE_SK_REUSEPORT" },
  { 22, "BPF_PROG_TYPE_FLOW_DISSECTOR" },
  { 23, "BPF_PROG_TYPE_CGROUP_SYSCTL" },
  { 24, "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE" },
  { 25, "BPF_PROG_TYPE_CGROUP_SOCKOPT" },
  { 26, "BPF_PROG_TYPE_TRACING" },
  { 27, "BPF_PROG_TYPE_STRUCT_OPS" },
  { 28, "BPF_PROG_TYPE_EXT" },
  { 29, "BPF_PROG_TYPE_LSM" },
  { 30, "BPF_PROG_TYPE_SK_LOOKUP" },
  { 31, "BPF_PROG_TYPE_SYSCALL" },
}

M.bpf_attach_type = {
  { 0, "BPF_CGROUP_INET_INGRESS" },
  { 1, "BPF_CGROUP_INET_EGRESS" },
  { 2, "BPF_CGROUP_INET_SOCK_CREATE" },
  { 3, "BPF_CGROUP_SOCK_OPS" },
  { 4, "BPF_SK_SKB_STREAM_PARSER" },
  { 5, "BPF_SK_SKB_STREAM_VERDICT" },
  { 6, "BPF_CGROUP_DEVICE" },
  { 7, "BPF_SK_MSG_VERDICT" },
  { 8, "BPF_CGROUP_INET4_BIND" },
  { 9, "BPF_CGROUP_INET6_BIND" },
  { 10, "BPF_CGROUP_INET4_CONNECT" },
  { 11, "BPF_CGROUP_INET6_CONNECT" },
  { 12, "BPF_CGROUP_INET4_POST_BIND" },
  { 13, "BPF_CGROUP_INET6_POST_BIND" },
  { 14, "BPF_CGROUP_UDP4_SENDMSG" },
  { 15, "BPF_CGROUP_UDP6_SENDMSG" },
  { 16, "BPF_LIRC_MODE2" },
  { 17, "BPF_FLOW_DISSECTOR" },
  { 18, "BPF_CGROUP_SYSCTL" },
  { 19, "BPF_CGROUP_UDP4_RECVMSG" },
  { 20, "BPF_CGROUP_UDP6_RECVMSG" },
  { 21, "BPF_CGROUP_GETSOCKOPT" },
  { 22, "BPF_CGROUP_SETSOCKOPT" },
  { 23, "BPF_TRACE_RAW_TP" },
  { 24, "BPF_TRACE_FENTRY" },
  { 25, "BPF_TRACE_FEXIT" },
  { 26, "BPF_MODIFY_RETURN" },
  { 27, "BPF_LSM_MAC" },
  { 28, "BPF_TRACE_ITER" },
  { 29, "BPF_CGROUP_INET4_GETPEERNAME" },
  { 30, "BPF_CGROUP_INET6_GETPEERNAME" },
  { 31, "BPF_CGROUP_INET4_GETSOCKNAME" },
  { 32, "BPF_CGROUP_INET6_GETSOCKNAME" },
  { 33, "BPF_XDP_DEVMAP" },
  { 34, "BPF_CGROUP_INET_SOCK_RELEASE" },
  { 35, "BPF_XDP_CPUMAP" },
  { 36, "BPF_SK_LOOKUP" },
  { 37, "BPF_XDP" },
  { 38, "BPF_SK_SKB_VERDICT" },
  { 39, "BPF_SK_REUSEPORT_SELECT" },
  { 40, "BPF_SK_REUSEPORT_SELECT_OR_MIGRATE" },
  { 41, "BPF_PERF_EVENT" },
  { 42, "BPF_TRACE_KPROBE_MULTI" },
  { 43, "BPF_LSM_CGROUP" },
}

M.perf_sample_type = {
  { 0x1, "PERF_SAMPLE_IP" },
  { 0x2, "PERF_SAMPLE_TID" },
  { 0x4, "PERF_SAMPLE_TIME" },
  { 0x8, "PERF_SAMPLE_ADDR" },
  { 0x10, "PERF_SAMPLE_READ" },
  { 0x20, "PERF_SAMPLE_CALLCHAIN" },
  { 0x40, "PERF_SAMPLE_ID" },
  { 0x80, "PERF_SAMPLE_CPU" },
  { 0x100, "PERF_SAMPLE_PERIOD" },
  { 0x200, "PERF_SAMPLE_STREAM_ID" },
  { 0x400, "PERF_SAMPLE_RAW" },
  { 0x800, "PERF_SAMPLE_BRANCH_STACK" },
  { 0x1000, "PERF_SAMPLE_REGS_USER" },
  { 0x2000, "PERF_SAMPLE_STACK_USER" },
  { 0x4000, "PERF_SAMPLE_WEIGHT" },
  { 0x8000, "PERF_SAMPLE_DATA_SRC" },
  { 0x10000, "PERF_SAMPLE_IDENTIFIER" },
  { 0x20000, "PERF_SAMPLE_TRANSACTION" },
  { 0x40000, "PERF_SAMPLE_REGS_INTR" },
  { 0x80000, "PERF_SAMPLE_PHYS_ADDR" },
  { 0x100000, "PERF_SAMPLE_AUX" },
  { 0x200000, "PERF_SAMPLE_CGROUP" },
  { 0x400000, "PERF_SAMPLE_DATA_PAGE_SIZE" },
  { 0x800000, "PERF_SAMPLE_CODE_PAGE_SIZE" },
  { 0x1000000, "PERF_SAMPLE_WEIGHT_STRUCT" },
}

M.perf_read_format = {
  { 0x1, "PERF_FORMAT_TOTAL_TIME_ENABLED" },
  { 0x2, "PERF_FORMAT_TOTAL_TIME_RUNNING" },
  { 0x4, "PERF_FORMAT_ID" },
  { 0x8, "PERF_FORMAT_GROUP" },
  { 0x10, "PERF_FORMAT_LOST" },
}

M.perf_branch_sample_type = {
  { 0x1, "PERF_SAMPLE_BRANCH_USER" },
  { 0x2, "PERF_SAMPLE_BRANCH_KERNEL" },
  { 0x4, "PERF_SAMPLE_BRANCH_HV" },
  { 0x8, "PERF_SAMPLE_BRANCH_ANY" },
  { 0x10, "PERF_SAMPLE_BRANCH_ANY_CALL" },
  { 0x20, "PERF_SAMPLE_BRANCH_ANY_RETURN" },
  { 0x40, "PERF_SAMPLE_BRANCH_IND_CALL" },
  { 0x80, "PERF_SAMPLE_BRANCH_ABORT_TX" },
  { 0x100, "PERF_SAMPLE_BRANCH_IN_TX" },
  { 0x200, "PERF_SAMPLE_BRANCH_NO_TX" },
  { 0x400, "PERF_SAMPLE_BRANCH_COND" },
  { 0x800, "PERF_SAMPLE_BRANCH_CALL_STACK" },
  { 0x1000, "PERF_SAMPLE_BRANCH_IND_JUMP" },
  { 0x2000, "PERF_SAMPLE_BRANCH_CALL" },
  { 0x4000, "PERF_SAMPLE_BRANCH_NO_FLAGS" },
  { 0x8000, "PERF_SAMPLE_BRANCH_NO_CYCLES" },
  { 0x10000, "PERF_SAMPLE_BRANCH_TYPE_SAVE" },
  { 0x20000, "PERF_SAMPLE_BRANCH_HW_INDEX" },
  { 0x40000, "PERF_SAMPLE_BRANCH_PRIV_SAVE" },
}

M.perf_type_id = {
  { 0, "PERF_TYPE_HARDWARE" },
  { 1, "PERF_TYPE_SOFTWARE" },
  { 2, "PERF_TYPE_TRACEPOINT" },
  { 3, "PERF_TYPE_HW_CACHE" },
  { 4, "PERF_TYPE_RAW" },
  { 5, "PERF_TYPE_BREAKPOINT" },
}

M.perf_hw_id = {
  { 0, "PERF_COUNT_HW_CPU_CYCLES" },
  { 1, "PERF_COUNT_HW_INSTRUCTIONS" },
  { 2, "PERF_COUNT_HW_CACHE_REFERENCES" },
  { 3, "PERF_COUNT_HW_CACHE_MISSES" },
  { 4, "PERF_COUNT_HW_BRANCH_INSTRUCTIONS" },
  { 5, "PERF_COUNT_HW_BRANCH_MISSES" },
  { 6, "PERF_COUNT_HW_BUS_CYCLES" },
  { 7, "PERF_COUNT_HW_STALLED_CYCLES_FRONTEND" },
  { 8, "PERF_COUNT_HW_STALLED_CYCLES_BACKEND" },
  { 9, "PERF_COUNT_HW_REF_CPU_CYCLES" },
}

M.perf_sw_ids = {
  { 0, "PERF_COUNT_SW_CPU_CLOCK" },
  { 1, "PERF_COUNT_SW_TASK_CLOCK" },
  { 2, "PERF_COUNT_SW_PAGE_FAULTS" },
  { 3, "PERF_COUNT_SW_CONTEXT_SWITCHES" },
  { 4, "PERF_COUNT_SW_CPU_MIGRATIONS" },
  { 5, "PERF_COUNT_SW_PAGE_FAULTS_MIN" },
  { 6, "PERF_COUNT_SW_PAGE_FAULTS_MAJ" },
  { 7, "PERF_COUNT_SW_ALIGNMENT_FAULTS" },
  { 8, "PERF_COUNT_SW_EMULATION_FAULTS" },
  { 9, "PERF_COUNT_SW_DUMMY" },
  { 10, "PERF_COUNT_SW_BPF_OUTPUT" },
  { 11, "PERF_COUNT_SW_CGROUP_SWITCHES" },
}

M.perf_hw_cache_id = {
  { 0, "PERF_COUNT_HW_CACHE_L1D" },
  { 1, "PERF_COUNT_HW_CACHE_L1I" },
  { 2, "PERF_COUNT_HW_CACHE_LL" },
  { 3, "PERF_COUNT_HW_CACHE_DTLB" },
  { 4, "PERF_COUNT_HW_CACHE_ITLB" },
  { 5, "PERF_COUNT_HW_CACHE_BPU" },
  { 6, "PERF_COUNT_HW_CACHE_NODE" },
}

M.perf_hw_cache_op_id = {
  { 0, "PERF_COUNT_HW_CACHE_OP_READ" },
  { 1, "PERF_COUNT_HW_CACHE_OP_WRITE" },
  { 2, "PERF_COUNT_HW_CACHE_OP_PREFETCH" },
}

M.perf_hw_cache_op_result_id = {
  { 0, "PERF_COUNT_HW_CACHE_RESULT_ACCESS" },
  { 1, "PERF_COUNT_HW_CACHE_RESULT_MISS" },
}

M.perf_flags = {
  { 0x1, "PERF_FLAG_FD_NO_GROUP" },
  { 0x2, "PERF_FLAG_FD_OUTPUT" },
  { 0x4, "PERF_FLAG_PID_CGROUP" },
  { 0x8, "PERF_FLAG_FD_CLOEXEC" },
}

-- size of struct perf_event_attr by version
M.perf_attr_size = {
  { 64, "PERF_ATTR_SIZE_VER0" }, { 72, "PERF_ATTR_SIZE_VER1" }, { 80, "PERF_ATTR_SIZE_VER2" },
  { 96, "PERF_ATTR_SIZE_VER3" }, { 104, "PERF_ATTR_SIZE_VER4" }, { 112, "PERF_ATTR_SIZE_VER5" },
  { 120, "PERF_ATTR_SIZE_VER6" }, { 128, "PERF_ATTR_SIZE_VER7" },
}

M.precise_ip = { [0] = "arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid" }

-- the one-bit fields of perf_event_attr after read_format, bit by bit (precise_ip
-- is two bits wide, at 15)
M.perf_bits = {
  "disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel", "exclude_hv",
  "exclude_idle", "mmap", "comm", "freq", "inherit_stat", "enable_on_exec", "task", "watermark",
  "precise_ip", false, "mmap_data", "sample_id_all", "exclude_host", "exclude_guest",
  "exclude_callchain_kernel", "exclude_callchain_user", "mmap2", "comm_exec", "use_clockid",
  "context_switch", "write_backward", "namespaces", "ksymbol", "bpf_event", "aux_output", "cgroup",
  "text_poke", "build_id", "inherit_thread", "remove_on_exec", "sigtrap",
}

M.hw_breakpoint = {
  { 0, "HW_BREAKPOINT_EMPTY" }, { 1, "HW_BREAKPOINT_R" }, { 2, "HW_BREAKPOINT_W" },
  { 3, "HW_BREAKPOINT_RW" }, { 4, "HW_BREAKPOINT_X" }, { 7, "HW_BREAKPOINT_INVALID" },
}

-- ---- AIO ------------------------------------------------------------------------

M.iocb_cmd = {
  { 0, "IOCB_CMD_PREAD" }, { 1, "IOCB_CMD_PWRITE" }, { 2, "IOCB_CMD_FSYNC" },
  { 3, "IOCB_CMD_FDSYNC" }, { 5, "IOCB_CMD_POLL" }, { 6, "IOCB_CMD_NOOP" },
  { 7, "IOCB_CMD_PREADV" }, { 8, "IOCB_CMD_PWRITEV" },
}
M.iocb_flags = { { 0x1, "IOCB_FLAG_RESFD" }, { 0x2, "IOCB_FLAG_IOPRIO" } }

-- ---- bpf attr flags ----------------------------------------------------------------

M.bpf_update_flags = { { 0, "BPF_ANY" }, { 1, "BPF_NOEXIST" }, { 2, "BPF_EXIST" }, { 4, "BPF_F_LOCK" } }
M.bpf_map_flags = {
  { 0x1, "BPF_F_NO_PREALLOC" }, { 0x2, "BPF_F_NO_COMMON_LRU" }, { 0x4, "BPF_F_NUMA_NODE" },
  { 0x8, "BPF_F_RDONLY" }, { 0x10, "BPF_F_WRONLY" }, { 0x20, "BPF_F_STACK_BUILD_ID" },
  { 0x40, "BPF_F_ZERO_SEED" }, { 0x80, "BPF_F_RDONLY_PROG" }, { 0x100, "BPF_F_WRONLY_PROG" },
  { 0x200, "BPF_F_CLONE" }, { 0x400, "BPF_F_MMAPABLE" }, { 0x800, "BPF_F_PRESERVE_ELEMS" },
  { 0x1000, "BPF_F_INNER_MAP" },
}
M.bpf_prog_flags = {
  { 0x1, "BPF_F_STRICT_ALIGNMENT" }, { 0x2, "BPF_F_ANY_ALIGNMENT" }, { 0x4, "BPF_F_TEST_RND_HI32" },
  { 0x8, "BPF_F_TEST_STATE_FREQ" }, { 0x10, "BPF_F_SLEEPABLE" }, { 0x20, "BPF_F_XDP_HAS_FRAGS" },
}
M.bpf_attach_flags = { { 0x1, "BPF_F_ALLOW_OVERRIDE" }, { 0x2, "BPF_F_ALLOW_MULTI" }, { 0x4, "BPF_F_REPLACE" } }
M.bpf_file_flags = { { 0x8, "BPF_F_RDONLY" }, { 0x10, "BPF_F_WRONLY" } }
M.bpf_class = {
  { 0, "BPF_LD" }, { 1, "BPF_LDX" }, { 2, "BPF_ST" }, { 3, "BPF_STX" }, { 4, "BPF_ALU" },
  { 5, "BPF_JMP" }, { 6, "BPF_JMP32" }, { 7, "BPF_ALU64" },
}
M.bpf_size = { { 0x00, "BPF_W" }, { 0x08, "BPF_H" }, { 0x10, "BPF_B" }, { 0x18, "BPF_DW" } }
M.bpf_mode = {
  { 0x00, "BPF_IMM" }, { 0x20, "BPF_ABS" }, { 0x40, "BPF_IND" }, { 0x60, "BPF_MEM" },
  { 0x80, "BPF_LEN" }, { 0xa0, "BPF_MSH" }, { 0xc0, "BPF_ATOMIC" },
}
M.bpf_src = { { 0x00, "BPF_K" }, { 0x08, "BPF_X" } }
M.bpf_alu_op = {
  { 0x00, "BPF_ADD" }, { 0x10, "BPF_SUB" }, { 0x20, "BPF_MUL" }, { 0x30, "BPF_DIV" },
  { 0x40, "BPF_OR" }, { 0x50, "BPF_AND" }, { 0x60, "BPF_LSH" }, { 0x70, "BPF_RSH" },
  { 0x80, "BPF_NEG" }, { 0x90, "BPF_MOD" }, { 0xa0, "BPF_XOR" }, { 0xb0, "BPF_MOV" },
  { 0xc0, "BPF_ARSH" }, { 0xd0, "BPF_END" },
}
M.bpf_jmp_op = {
  { 0x00, "BPF_JA" }, { 0x10, "BPF_JEQ" }, { 0x20, "BPF_JGT" }, { 0x30, "BPF_JGE" },
  { 0x40, "BPF_JSET" }, { 0x50, "BPF_JNE" }, { 0x60, "BPF_JSGT" }, { 0x70, "BPF_JSGE" },
  { 0x80, "BPF_CALL" }, { 0x90, "BPF_EXIT" }, { 0xa0, "BPF_JLT" }, { 0xb0, "BPF_JLE" },
  { 0xc0, "BPF_JSLT" }, { 0xd0, "BPF_JSLE" },
}

-- ---- the new mount API ---------------------------------------------------------------

M.open_tree = {
  { 0x1, "OPEN_TREE_CLONE" }, { 0x80000, "OPEN_TREE_CLOEXEC" }, { 0x100, "AT_SYMLINK_NOFOLLOW" },
  { 0x800, "AT_NO_AUTOMOUNT" }, { 0x1000, "AT_EMPTY_PATH" }, { 0x8000, "AT_RECURSIVE" },
}
M.move_mount = {
  { 0x1, "MOVE_MOUNT_F_SYMLINKS" }, { 0x2, "MOVE_MOUNT_F_AUTOMOUNTS" }, { 0x4, "MOVE_MOUNT_F_EMPTY_PATH" },
  { 0x10, "MOVE_MOUNT_T_SYMLINKS" }, { 0x20, "MOVE_MOUNT_T_AUTOMOUNTS" }, { 0x40, "MOVE_MOUNT_T_EMPTY_PATH" },
  { 0x100, "MOVE_MOUNT_SET_GROUP" },
}
M.fsopen = { { 0x1, "FSOPEN_CLOEXEC" } }
M.fspick = {
  { 0x1, "FSPICK_CLOEXEC" }, { 0x2, "FSPICK_SYMLINK_NOFOLLOW" }, { 0x4, "FSPICK_NO_AUTOMOUNT" },
  { 0x8, "FSPICK_EMPTY_PATH" },
}
M.fsmount = { { 0x1, "FSMOUNT_CLOEXEC" } }
M.fsconfig = {
  { 0, "FSCONFIG_SET_FLAG" }, { 1, "FSCONFIG_SET_STRING" }, { 2, "FSCONFIG_SET_BINARY" },
  { 3, "FSCONFIG_SET_PATH" }, { 4, "FSCONFIG_SET_PATH_EMPTY" }, { 5, "FSCONFIG_SET_FD" },
  { 6, "FSCONFIG_CMD_CREATE" }, { 7, "FSCONFIG_CMD_RECONFIGURE" },
}
-- fsmount's attr_flags (strace 6.1 knows no IDMAP or NOSYMFOLLOW there)
M.fsmount_attr = {
  { 0x1, "MOUNT_ATTR_RDONLY" }, { 0x2, "MOUNT_ATTR_NOSUID" }, { 0x4, "MOUNT_ATTR_NODEV" },
  { 0x8, "MOUNT_ATTR_NOEXEC" }, { 0x10, "MOUNT_ATTR_NOATIME" }, { 0x20, "MOUNT_ATTR_STRICTATIME" },
  { 0x80, "MOUNT_ATTR_NODIRATIME" },
}
M.mount_attr = {
  { 0x1, "MOUNT_ATTR_RDONLY" }, { 0x2, "MOUNT_ATTR_NOSUID" }, { 0x4, "MOUNT_ATTR_NODEV" },
  { 0x8, "MOUNT_ATTR_NOEXEC" }, { 0x10, "MOUNT_ATTR_NOATIME" }, { 0x20, "MOUNT_ATTR_STRICTATIME" },
  { 0x80, "MOUNT_ATTR_NODIRATIME" }, { 0x100000, "MOUNT_ATTR_IDMAP" }, { 0x200000, "MOUNT_ATTR_NOSYMFOLLOW" },
}
M.mount_setattr = {
  { 0x100, "AT_SYMLINK_NOFOLLOW" }, { 0x800, "AT_NO_AUTOMOUNT" }, { 0x1000, "AT_EMPTY_PATH" },
  { 0x8000, "AT_RECURSIVE" },
}
M.propagation = {
  { 0x20000, "MS_UNBINDABLE" }, { 0x40000, "MS_PRIVATE" }, { 0x80000, "MS_SLAVE" }, { 0x100000, "MS_SHARED" },
}

-- ---- quotactl -------------------------------------------------------------------------

M.quota_cmd = {
  { 0x800001, "Q_SYNC" }, { 0x800002, "Q_QUOTAON" }, { 0x800003, "Q_QUOTAOFF" }, { 0x800004, "Q_GETFMT" },
  { 0x800005, "Q_GETINFO" }, { 0x800006, "Q_SETINFO" }, { 0x800007, "Q_GETQUOTA" },
  { 0x800008, "Q_SETQUOTA" }, { 0x800009, "Q_GETNEXTQUOTA" },
  { 0x5801, "Q_XQUOTAON" }, { 0x5802, "Q_XQUOTAOFF" }, { 0x5803, "Q_XGETQUOTA" },
  { 0x5804, "Q_XSETQLIM" }, { 0x5805, "Q_XGETQSTAT" }, { 0x5806, "Q_XQUOTARM" },
  { 0x5807, "Q_XQUOTASYNC" }, { 0x5808, "Q_XGETQSTATV" }, { 0x5809, "Q_XGETNEXTQUOTA" },
}
M.quota_type = { { 0, "USRQUOTA" }, { 1, "GRPQUOTA" }, { 2, "PRJQUOTA" } }
M.quota_fmt = {
  { 1, "QFMT_VFS_OLD" }, { 2, "QFMT_VFS_V0" }, { 3, "QFMT_OCFS2" }, { 4, "QFMT_VFS_V1" },
}
M.qif = {
  { 0x1, "QIF_BLIMITS" }, { 0x2, "QIF_SPACE" }, { 0x4, "QIF_ILIMITS" }, { 0x8, "QIF_INODES" },
  { 0x10, "QIF_BTIME" }, { 0x20, "QIF_ITIME" },
}
M.iif = { { 0x1, "IIF_BGRACE" }, { 0x2, "IIF_IGRACE" }, { 0x4, "IIF_FLAGS" } }
M.dqf = { { 0x1, "DQF_ROOT_SQUASH" }, { 0x10000, "DQF_SYS_FILE" } }

-- ---- futex2 (futex_wake, futex_wait, futex_requeue) --------------------------------

M.futex2_size = { { 0, "FUTEX2_SIZE_U8" }, { 1, "FUTEX2_SIZE_U16" }, { 2, "FUTEX2_SIZE_U32" }, { 3, "FUTEX2_SIZE_U64" } }
M.futex2_flags = { { 0x4, "FUTEX2_NUMA" }, { 0x8, "FUTEX2_MPOL" }, { 0x80, "FUTEX2_PRIVATE" } }

return M
