package org.msmepulse.core.gazetteer;

import java.io.Serializable;

/** A government scheme of the gazetteer: its code (see spec/scheme-codes.csv), names and level. */
public record Scheme(String code, String nameEn, String nameHi, String level)
    implements Serializable {}
