package org.labelbench.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.labelbench.model.Role;
import org.labelbench.store.Member;
import org.labelbench.store.MemberRepository;

/** Workspace administrators in WORKSPACE_ADMIN, project members in PROJECT_MEMBER. */
final class DerbyMemberRepository implements MemberRepository {

	private final Transactions tx;

	DerbyMemberRepository(Transactions tx) {
		this.tx = tx;
	}

	@Override
	public void adoptFirstAdmin(String user) {
		tx.run("make " + user + " the first administrator", c -> {
			try (java.sql.Statement s = c.createStatement()) {
				s.execute("LOCK TABLE WORKSPACE_ADMIN IN EXCLUSIVE MODE"); // two first users cannot both become admin
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM WORKSPACE_ADMIN")) {
					rs.next();
					if (rs.getLong(1) > 0) {
						return 0;
					}
				}
			}
			return insertAdmin(c, user);
		});
	}

	@Override
	public boolean isAdmin(String user) {
		return tx.run("look up administrator " + user, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM WORKSPACE_ADMIN WHERE USER_NAME = ?")) {
				ps.setString(1, user);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next();
				}
			}
		});
	}

	@Override
	public void addAdmin(String user) {
		tx.run("add administrator " + user, c -> isAdminIn(c, user) ? 0 : insertAdmin(c, user));
	}

	private static boolean isAdminIn(java.sql.Connection c, String user) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM WORKSPACE_ADMIN WHERE USER_NAME = ?")) {
			ps.setString(1, user);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next();
			}
		}
	}

	private static int insertAdmin(java.sql.Connection c, String user) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO WORKSPACE_ADMIN (USER_NAME) VALUES (?)")) {
			ps.setString(1, user);
			return ps.executeUpdate();
		}
	}

	@Override
	public Optional<Role> role(long projectId, String user) {
		return tx.run("look up the role of " + user, c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT ROLE FROM PROJECT_MEMBER WHERE PROJECT_ID = ? AND USER_NAME = ?")) {
				ps.setLong(1, projectId);
				ps.setString(2, user);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? Optional.ofNullable(Role.get(rs.getString(1))) : Optional.<Role>empty();
				}
			}
		});
	}

	@Override
	public Set<Long> projectsOf(String user) {
		return tx.run("list the projects of " + user, c -> {
			Set<Long> ids = new HashSet<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT PROJECT_ID FROM PROJECT_MEMBER WHERE USER_NAME = ?")) {
				ps.setString(1, user);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			return ids;
		});
	}

	@Override
	public void put(long projectId, String user, Role role) {
		tx.run("make " + user + " a member", c -> {
			try (PreparedStatement update = c.prepareStatement(
					"UPDATE PROJECT_MEMBER SET ROLE = ? WHERE PROJECT_ID = ? AND USER_NAME = ?")) {
				update.setString(1, role.getName());
				update.setLong(2, projectId);
				update.setString(3, user);
				if (update.executeUpdate() == 1) {
					return 1;
				}
			}
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO PROJECT_MEMBER (PROJECT_ID, USER_NAME, ROLE) VALUES (?, ?, ?)")) {
				insert.setLong(1, projectId);
				insert.setString(2, user);
				insert.setString(3, role.getName());
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public boolean remove(long projectId, String user) {
		return tx.run("remove member " + user, c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"DELETE FROM PROJECT_MEMBER WHERE PROJECT_ID = ? AND USER_NAME = ?")) {
				ps.setLong(1, projectId);
				ps.setString(2, user);
				return ps.executeUpdate() == 1;
			}
		});
	}

	@Override
	public List<Member> list(long projectId) {
		return tx.run("list members", c -> {
			List<Member> members = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT USER_NAME, ROLE FROM PROJECT_MEMBER WHERE PROJECT_ID = ? ORDER BY USER_NAME")) {
				ps.setLong(1, projectId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						members.add(new Member(rs.getString(1), Role.get(rs.getString(2))));
					}
				}
			}
			return members;
		});
	}

	@Override
	public void setPassword(String user, char[] password) {
		tx.run("set the password of " + user, c -> {
			org.labelbench.store.TeamServer.setUserPassword(c, user, password);
			return null;
		});
	}
}
