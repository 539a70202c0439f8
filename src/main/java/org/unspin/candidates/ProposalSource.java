package org.unspin.candidates;

import org.unspin.tokenize.TokenizedText;

import java.util.List;

/** One way of finding possible restorations in tokenized text. */
public interface ProposalSource {
    List<Proposal> propose(TokenizedText text);
}
