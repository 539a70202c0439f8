package org.unspin.decide.facts;

public enum Status { PENDING, ACCEPTED, REJECTED }
