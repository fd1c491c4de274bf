/* wf_config.c: a program that looks for its configuration in the usual
 * places, finds none, and exits 2 (why-failed: "config file missing"). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
	const char *home = getenv("HOME");
	char user[512];
	const char *places[] = { "/etc/wfapp/wf.conf", user, "wf.conf", NULL };
	int i;

	setlocale(LC_ALL, "");          /* the usual locale probing */
	isatty(1);
	snprintf(user, sizeof user, "%s/.config/wfapp/wf.conf", home ? home : "");
	for (i = 0; places[i]; i++) {
		FILE *f = fopen(places[i], "r");
		if (f) {
			fclose(f);
			return 0;
		}
	}
	fprintf(stderr, "wfapp: no configuration found\n");
	return 2;
}
