package vn.quangngai.dvk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void splitsIntoFullPagesAndARemainder() {
        Pager pager = new Pager(5, 2);
        assertThat(pager.pageCount()).isEqualTo(3);
        assertThat(pager.slices()).extracting(Pager.Slice::from, Pager.Slice::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(2, 4),
                        org.assertj.core.groups.Tuple.tuple(4, 5));
    }

    @Test
    void anEmptyListHasOneEmptyPage() {
        Pager pager = new Pager(0, 20);
        assertThat(pager.slices()).singleElement().satisfies(s -> {
            assertThat(s.from()).isZero();
            assertThat(s.to()).isZero();
            assertThat(s.hasPrevious()).isFalse();
            assertThat(s.hasNext()).isFalse();
        });
    }

    @Test
    void exactMultipleHasNoEmptyTrailingPage() {
        assertThat(new Pager(4, 2).pageCount()).isEqualTo(2);
    }

    @Test
    void firstPageLivesAtTheTermPathAndTheRestBelowIt() {
        assertThat(Pager.Slice.suffix(1)).isEmpty();
        assertThat(Pager.Slice.suffix(2)).isEqualTo("trang-2/");
        Pager.Slice middle = new Pager(5, 2).slices().get(1);
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();
    }

    @Test
    void rejectsImpossibleSizes() {
        assertThatThrownBy(() -> new Pager(3, 0)).hasMessageContaining("page size");
        assertThatThrownBy(() -> new Pager(-1, 3)).hasMessageContaining("total");
    }
}
