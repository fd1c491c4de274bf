/* wf_lib.c: a program linked with a shared library that is gone when it
 * runs (why-failed: "shared library not found").  Built twice by the test:
 * with -DWF_LIB as libwfgone.so, then as the program linked to it. */
#ifdef WF_LIB
int wf_gone_answer(void)
{
	return 42;
}
#else
int wf_gone_answer(void);

int main(void)
{
	return wf_gone_answer() == 42 ? 0 : 1;
}
#endif
