/* strings.c: writes bytes that must be escaped, to /dev/null. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	static const char tricky[] = "\033[31mred\033[0m\r\n\"quoted\"\\back\a\b\f\v\x01\x7f\xff\xc3\xa9 utf8";
	static const char digits[] = "\0001\0012\x80" "9";
	char big[100];
	int fd = open("/dev/null", O_WRONLY);

	write(fd, tricky, sizeof tricky - 1);
	write(fd, digits, sizeof digits - 1);
	memset(big, 'A', sizeof big);
	write(fd, big, sizeof big);
	write(fd, "", 0);
	write(fd, "short", 5);
	write(fd, (const void *)16, 4);   /* unreadable: EFAULT */
	close(fd);
	return 0;
}
