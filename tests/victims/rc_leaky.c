/* rc_leaky.c: descriptors left open for the fdleaks recipe.  In DIR it opens
 * leak-a (kept), closed-b (closed), a pipe (read end kept), a socket whose
 * connect is refused (kept), a dup of leak-a (kept), and a child process
 * that opens child-c and exits without closing it.  Usage: rc_leaky DIR */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int open_in(const char *dir, const char *name, int flags)
{
	char path[512];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return open(path, flags, 0600);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(1) };
	int fd, p[2], s, status;

	fd = open_in(dir, "leak-a", O_WRONLY | O_CREAT | O_TRUNC);
	close(open_in(dir, "closed-b", O_WRONLY | O_CREAT | O_TRUNC));
	pipe(p);
	close(p[1]);
	s = socket(AF_INET, SOCK_STREAM, 0);
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	connect(s, (struct sockaddr *)&a, sizeof a);
	dup(fd);
	if (fork() == 0) {
		open_in(dir, "child-c", O_RDWR | O_CREAT);
		_exit(0);
	}
	wait(&status);
	return 0;
}
