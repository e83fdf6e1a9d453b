package dev.dhipicker.ui.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectTableTest {
    static final ProjectTable.Row DOCKERFILE = new ProjectTable.Row("api/Dockerfile", 2, "FROM", "golang:1.22",
            "dhi.io/golang:1.26-debian13-dev", "has a DHI counterpart", true);
    static final ProjectTable.Row COMPOSE = new ProjectTable.Row("compose.yaml", 9, "compose image", "postgres:16",
            "", "no DHI counterpart", false);

    @Test
    void theFilterLooksAtEveryColumnButTheLineInAnyCase() {
        List<ProjectTable.Row> rows = List.of(DOCKERFILE, COMPOSE);
        assertThat(ProjectTable.filter(rows, "")).isSameAs(rows);
        assertThat(ProjectTable.filter(rows, null)).isSameAs(rows);
        assertThat(ProjectTable.filter(rows, "  COMPOSE ")).containsExactly(COMPOSE);
        assertThat(ProjectTable.filter(rows, "golang:1.26")).containsExactly(DOCKERFILE);
        assertThat(ProjectTable.filter(rows, "no dhi")).containsExactly(COMPOSE);
        assertThat(ProjectTable.filter(rows, "from")).containsExactly(DOCKERFILE);
        assertThat(ProjectTable.filter(rows, "9")).isEmpty();
    }
}
