/* eacces.c: the article's /root/test case without sudo: drop to an
 * unprivileged uid (as a daemon does after start), then read a file.
 *   eacces UID PATH   -> exits 1 when the file cannot be opened */
#define _GNU_SOURCE
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	uid_t uid;
	int fd;

	if (argc < 3) {
		fprintf(stderr, "usage: eacces UID PATH\n");
		return 2;
	}
	uid = (uid_t)atoi(argv[1]);
	if (getuid() == 0 && (setgroups(0, NULL) < 0 || setresgid(uid, uid, uid) < 0 ||
			      setresuid(uid, uid, uid) < 0)) {
		perror("eacces: dropping privileges");
		return 2;
	}
	fd = open(argv[2], O_RDONLY);
	if (fd < 0)
		return 1;   /* silently, like the article's script */
	close(fd);
	return 0;
}
