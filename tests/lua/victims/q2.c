/* Victim for the decoder specs: the tricky bytes of tests/lua/fmt_spec.lua's quoting cases.
 * Build: gcc -O0 -w -o q2 q2.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#include <unistd.h>
int main(void){
  write(1, "\x1b[31m\0011\n\"\\\xff", 11);
  write(1, "\0" "0\0" "a\1" "8\7" "7\177\200\t\v\f\r'?", 16);
  write(1, "h\303\251llo", 6);
  write(1, "plain\n", 6);
  write(1, "a<b>", 4);
  return 0;
}
