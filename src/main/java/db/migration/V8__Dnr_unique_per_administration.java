package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Dnr is unique in its förvaltning's registry, not across förvaltningar: each has its
 * own sequence, so two of them both hand out {@code 1-2027-1.1}. V1 made {@code dnr}
 * unique on its own, with a constraint name each database chose itself (PostgreSQL
 * {@code plan_document_dnr_key}, H2 a generated one), so this migration looks the name up
 * before it replaces the constraint.
 */
public class V8__Dnr_unique_per_administration extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String> constraints = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select tc.constraint_name from information_schema.table_constraints tc
				join information_schema.key_column_usage kcu
				  on kcu.constraint_name = tc.constraint_name and kcu.table_name = tc.table_name
				where upper(tc.table_name) = 'PLAN_DOCUMENT' and tc.constraint_type = 'UNIQUE'
				  and upper(kcu.column_name) = 'DNR'
				""")) {
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					constraints.add(rows.getString(1));
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String constraint : constraints) {
				statement.execute("alter table plan_document drop constraint \"" + constraint + "\"");
			}
			statement.execute(
					"alter table plan_document add constraint plan_document_dnr_per_administration unique (administration_id, dnr)");
		}
	}

}
