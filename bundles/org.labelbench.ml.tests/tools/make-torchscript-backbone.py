#!/usr/bin/python3
"""Writes a tiny TorchScript image backbone for the ML tests: three blocks of 3x3 convolution, batch norm, ReLU and
2x2 max pooling (16, 32, 64 filters), then global average pooling: 3xHxW images in, 64 values out. Its weights are
random (seeded): the test checks that Labelbench loads a user's TorchScript file offline and fine-tunes it with a new
head, not what the weights know. Made by Debian's python3-torch (1.13); libtorch in Labelbench loads it.

Usage: make-torchscript-backbone.py OUTPUT.pt
"""
import sys

import torch
from torch import nn


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        layers = []
        channels = 3
        for filters in (16, 32, 64):
            layers += [nn.Conv2d(channels, filters, 3, padding=1), nn.BatchNorm2d(filters), nn.ReLU(),
                       nn.MaxPool2d(2)]
            channels = filters
        self.features = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)

    def forward(self, x):
        return torch.flatten(self.pool(self.features(x)), 1)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    torch.manual_seed(7)
    torch.jit.script(Backbone()).save(sys.argv[1])


if __name__ == "__main__":
    main()
