-- termios flags for the terminal ioctls.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.iflags = {
  { 0x1, "IGNBRK" },
  { 0x2, "BRKINT" },
  { 0x4, "IGNPAR" },
  { 0x8, "PARMRK" },
  { 0x10, "INPCK" },
  { 0x20, "ISTRIP" },
  { 0x40, "INLCR" },
  { 0x80, "IGNCR" },
  { 0x100, "ICRNL" },
  { 0x200, "IUCLC" },
  { 0x400, "IXON" },
  { 0x800, "IXANY" },
  { 0x1000, "IXOFF" },
  { 0x2000, "IMAXBEL" },
  { 0x4000, "IUTF8" },
}

M.oflags = {
  { 0x1, "OPOST" },
  { 0x2, "OLCUC" },
  { 0x4, "ONLCR" },
  { 0x8, "OCRNL" },
  { 0x10, "ONOCR" },
  { 0x20, "ONLRET" },
  { 0x40, "OFILL" },
  { 0x80, "OFDEL" },
}

M.lflags = {
  { 0x1, "ISIG" },
  { 0x2, "ICANON" },
  { 0x4, "XCASE" },
  { 0x8, "ECHO" },
  { 0x10, "ECHOE" },
  { 0x20, "ECHOK" },
  { 0x40, "ECHONL" },
  { 0x80, "NOFLSH" },
  { 0x8000, "IEXTEN" },
  { 0x200, "ECHOCTL" },
  { 0x400, "ECHOPRT" },
  { 0x800, "ECHOKE" },
  { 0x1000, "FLUSHO" },
  { 0x4000, "PENDIN" },
  { 0x100, "TOSTOP" },
  { 0x10000, "EXTPROC" },
}

M.cflags = {
  { 0x40, "CSTOPB" },
  { 0x80, "CREAD" },
  { 0x100, "PARENB" },
  { 0x200, "PARODD" },
  { 0x400, "HUPCL" },
  { 0x800, "CLOCAL" },
  { 0x40000000, "CMSPAR" },
  { 0x80000000, "CRTSCTS" },
}

M.csize = {
  { 0x0, "CS5" },
  { 0x10, "CS6" },
  { 0x20, "CS7" },
  { 0x30, "CS8" },
}

M.baud = {
  { 0x0, "B0" },
  { 0x1, "B50" },
  { 0x2, "B75" },
  { 0x3, "B110" },
  { 0x4, "B134" },
  { 0x5, "B150" },
  { 0x6, "B200" },
  { 0x7, "B300" },
  { 0x8, "B600" },
  { 0x9, "B1200" },
  { 0xa, "B1800" },
  { 0xb, "B2400" },
  { 0xc, "B4800" },
  { 0xd, "B9600" },
  { 0xe, "B19200" },
  { 0xf, "B38400" },
  { 0x1001, "B57600" },
  { 0x1002, "B115200" },
  { 0x1003, "B230400" },
  { 0x1004, "B460800" },
  { 0x1005, "B500000" },
  { 0x1006, "B576000" },
  { 0x1007, "B921600" },
  { 0x1008, "B1000000" },
  { 0x1009, "B1152000" },
  { 0x100a, "B1500000" },
  { 0x100b, "B2000000" },
  { 0x100c, "B2500000" },
  { 0x100d, "B3000000" },
  { 0x100e, "B3500000" },
  { 0x100f, "B4000000" },
  { 0xe, "EXTA" },
  { 0xf, "EXTB" },
  { 0x1000, "BOTHER" },
}

M.nldly = {
  { 0x0, "NL0" },
  { 0x100, "NL1" },
}

M.crdly = {
  { 0x0, "CR0" },
  { 0x200, "CR1" },
  { 0x400, "CR2" },
  { 0x600, "CR3" },
}

M.tabdly = {
  { 0x1800, "XTABS" },
  { 0x0, "TAB0" },
  { 0x800, "TAB1" },
  { 0x1000, "TAB2" },
  { 0x1800, "TAB3" },
}

M.bsdly = {
  { 0x2000, "BS1" },
  { 0x0, "BS0" },
}

M.vtdly = {
  { 0x0, "VT0" },
  { 0x4000, "VT1" },
}

M.ffdly = {
  { 0x0, "FF0" },
  { 0x8000, "FF1" },
}

M.cc = {
  { 0, "VINTR" },
  { 1, "VQUIT" },
  { 2, "VERASE" },
  { 3, "VKILL" },
  { 16, "VEOL2" },
  { 7, "VSWTC" },
  { 8, "VSTART" },
  { 9, "VSTOP" },
  { 10, "VSUSP" },
  { 12, "VREPRINT" },
  { 13, "VDISCARD" },
  { 14, "VWERASE" },
  { 15, "VLNEXT" },
  { 6, "VMIN" },
  { 5, "VTIME" },
  { 4, "VEOF" },
  { 11, "VEOL" },
}

M.line_discs = {
  { 0, "N_TTY" },
  { 1, "N_SLIP" },
  { 2, "N_MOUSE" },
  { 3, "N_PPP" },
  { 4, "N_STRIP" },
  { 5, "N_AX25" },
  { 6, "N_X25" },
  { 7, "N_6PACK" },
  { 8, "N_MASC" },
  { 9, "N_R3964" },
  { 10, "N_PROFIBUS_FDL" },
  { 11, "N_IRDA" },
  { 12, "N_SMSBLOCK" },
  { 13, "N_HDLC" },
  { 14, "N_SYNC_PPP" },
  { 15, "N_HCI" },
  { 16, "N_GIGASET_M101" },
  { 17, "N_SLCAN" },
  { 18, "N_PPS" },
  { 19, "N_V253" },
  { 20, "N_CAIF" },
  { 21, "N_GSM0710" },
  { 22, "N_TI_WL" },
  { 23, "N_TRACESINK" },
  { 24, "N_TRACEROUTER" },
  { 25, "N_NCI" },
  { 26, "N_SPEAKUP" },
  { 27, "N_NULL" },
}

M.modem = {
  { 0x1, "TIOCM_LE" },
  { 0x2, "TIOCM_DTR" },
  { 0x4, "TIOCM_RTS" },
  { 0x8, "TIOCM_ST" },
  { 0x10, "TIOCM_SR" },
  { 0x20, "TIOCM_CTS" },
  { 0x40, "TIOCM_CAR" },
  { 0x80, "TIOCM_RNG" },
  { 0x100, "TIOCM_DSR" },
  { 0x2000, "TIOCM_OUT1" },
  { 0x4000, "TIOCM_OUT2" },
  { 0x8000, "TIOCM_LOOP" },
}

M.tcxonc = {
  { 0, "TCOOFF" },
  { 1, "TCOON" },
  { 2, "TCIOFF" },
  { 3, "TCION" },
}

M.tcflsh = {
  { 0, "TCIFLUSH" },
  { 1, "TCOFLUSH" },
  { 2, "TCIOFLUSH" },
}

return M
