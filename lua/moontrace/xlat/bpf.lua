-- Constants of classic BPF programs (struct sock_filter, linux/filter.h and
-- linux/bpf_common.h) as strace 6.1 names them: the fields of an
-- instruction's code, and the socket filter's ancillary data offsets.
-- Data: { value, "NAME" }.  strace names the operation, size and mode
-- fields with the eBPF tables (BPF_MOV, BPF_JNE, BPF_DW, BPF_XADD...), so
-- those are here too.

local M = {}

M.class = {
  { 0x0, "BPF_LD" }, { 0x1, "BPF_LDX" }, { 0x2, "BPF_ST" }, { 0x3, "BPF_STX" },
  { 0x4, "BPF_ALU" }, { 0x5, "BPF_JMP" }, { 0x6, "BPF_RET" }, { 0x7, "BPF_MISC" },
}

-- code & 0x18 of loads
M.size = { { 0x00, "BPF_W" }, { 0x08, "BPF_H" }, { 0x10, "BPF_B" }, { 0x18, "BPF_DW" } }

-- code & 0xe0 of loads
M.mode = {
  { 0x00, "BPF_IMM" }, { 0x20, "BPF_ABS" }, { 0x40, "BPF_IND" }, { 0x60, "BPF_MEM" },
  { 0x80, "BPF_LEN" }, { 0xa0, "BPF_MSH" }, { 0xc0, "BPF_XADD" },
}

-- code & 0x08 of ALU and jumps
M.src = { { 0x00, "BPF_K" }, { 0x08, "BPF_X" } }

-- code & 0xf0 of ALU
M.alu_op = {
  { 0x00, "BPF_ADD" }, { 0x10, "BPF_SUB" }, { 0x20, "BPF_MUL" }, { 0x30, "BPF_DIV" },
  { 0x40, "BPF_OR" }, { 0x50, "BPF_AND" }, { 0x60, "BPF_LSH" }, { 0x70, "BPF_RSH" },
  { 0x80, "BPF_NEG" }, { 0x90, "BPF_MOD" }, { 0xa0, "BPF_XOR" }, { 0xb0, "BPF_MOV" },
  { 0xc0, "BPF_ARSH" }, { 0xd0, "BPF_END" },
}

-- code & 0xf0 of jumps
M.jmp_op = {
  { 0x00, "BPF_JA" }, { 0x10, "BPF_JEQ" }, { 0x20, "BPF_JGT" }, { 0x30, "BPF_JGE" },
  { 0x40, "BPF_JSET" }, { 0x50, "BPF_JNE" }, { 0x60, "BPF_JSGT" }, { 0x70, "BPF_JSGE" },
  { 0x80, "BPF_CALL" }, { 0x90, "BPF_EXIT" }, { 0xa0, "BPF_JLT" }, { 0xb0, "BPF_JLE" },
  { 0xc0, "BPF_JSLT" }, { 0xd0, "BPF_JSLE" },
}

-- code & 0x18 of returns
M.rval = { { 0x00, "BPF_K" }, { 0x08, "BPF_X" }, { 0x10, "BPF_A" } }

-- code & 0xf8 of misc
M.miscop = { { 0x00, "BPF_TAX" }, { 0x80, "BPF_TXA" } }

-- Socket filters: absolute loads at these (negative) offsets read other data.
M.SKF_AD_OFF, M.SKF_NET_OFF, M.SKF_LL_OFF = 0xfffff000, 0xfff00000, 0xffe00000

M.skf_ad = {
  { 0, "SKF_AD_PROTOCOL" }, { 4, "SKF_AD_PKTTYPE" }, { 8, "SKF_AD_IFINDEX" },
  { 12, "SKF_AD_NLATTR" }, { 16, "SKF_AD_NLATTR_NEST" }, { 20, "SKF_AD_MARK" },
  { 24, "SKF_AD_QUEUE" }, { 28, "SKF_AD_HATYPE" }, { 32, "SKF_AD_RXHASH" },
  { 36, "SKF_AD_CPU" }, { 40, "SKF_AD_ALU_XOR_X" }, { 44, "SKF_AD_VLAN_TAG" },
  { 48, "SKF_AD_VLAN_TAG_PRESENT" }, { 52, "SKF_AD_PAY_OFFSET" }, { 56, "SKF_AD_RANDOM" },
  { 60, "SKF_AD_VLAN_TPID" },
}

-- Longest program the kernel takes; strace shows no more instructions.
M.MAXINSNS = 4096

return M
