#!/usr/bin/env python3
# The article's server (from digitalocean.com's guide).  Adapted: it listens
# on 127.0.0.1 (socket.gethostname() does not resolve everywhere) and on
# $PORT (default 5000).

import os
import socket

def server_program():
    host = '127.0.0.1'
    port = int(os.environ.get('PORT', 5000))

    server_socket = socket.socket()  # get instance
    # look closely. The bind() function takes tuple as argument
    server_socket.bind((host, port))  # bind host address and port together

    # configure how many client the server can listen simultaneously
    server_socket.listen(2)
    conn, address = server_socket.accept()  # accept new connection
    while True:
        # receive data stream. it won't accept data packet greater than 1024 bytes
        data = conn.recv(1024).decode()
        if not data:
            # if data is not received break
            break
    conn.close()  # close the connection


if __name__ == '__main__':
    server_program()
