#!/usr/bin/env python3
# The article's client.  Adapted like the server: 127.0.0.1, $PORT.

import os
import socket

def client_program():
    host = '127.0.0.1'
    port = int(os.environ.get('PORT', 5000))  # socket server port number

    client_socket = socket.socket()  # instantiate
    client_socket.connect((host, port))  # connect to the server

    message = 'data'

    client_socket.send(message.encode())  # send message
    client_socket.close()  # close the connection


if __name__ == '__main__':
    client_program()
