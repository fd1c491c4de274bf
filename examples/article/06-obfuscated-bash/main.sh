#!/bin/bash

eval $(printf "\145\143\150\157\40\42\110\145\154\154\157\42")
eval $(echo "dt" | sed 's/t/ate/')
eval $(echo "bHMK" | base64 -d)
