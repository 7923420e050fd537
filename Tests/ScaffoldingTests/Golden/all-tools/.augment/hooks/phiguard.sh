#!/bin/sh
# Written by phiguard (augment hooks); `phiguard apply` regenerates it.
phiguard guard augment || exit 2
